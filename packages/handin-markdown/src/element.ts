/**
 * The part of Python's ElementTree that Python-Markdown builds its document
 * with: an element has text before its first child and a tail after itself.
 * `atomic` stands for Python-Markdown's `AtomicString`: text that inline
 * patterns must leave alone.
 */
export class Element {
  text: string | null = null
  atomic = false
  tail: string | null = null
  readonly attributes = new Map<string, string>()
  readonly children: Element[] = []

  constructor(readonly tag: string) {}

  /** `etree.SubElement(parent, tag)`. */
  static sub(parent: Element, tag: string): Element {
    const child = new Element(tag)
    parent.children.push(child)
    return child
  }

  setText(text: string | null, atomic = false): void {
    this.text = text
    this.atomic = atomic
  }

  get last(): Element | undefined {
    return this.children[this.children.length - 1]
  }

  /** `list.insert`: an index past the end appends. */
  insert(index: number, child: Element): void {
    this.children.splice(Math.min(index, this.children.length), 0, child)
  }

  append(child: Element): void {
    this.children.push(child)
  }

  /** `Element.iter(tag)`: this element and its descendants, depth first. */
  *iter(tag?: string): Generator<Element> {
    if (tag === undefined || this.tag === tag) yield this
    for (const child of this.children) yield* child.iter(tag)
  }

  /** `Element.itertext()`: its text and its descendants' texts and tails. */
  *itertext(): Generator<string> {
    if (this.text) yield this.text
    for (const child of this.children) {
      yield* child.itertext()
      if (child.tail) yield child.tail
    }
  }
}
