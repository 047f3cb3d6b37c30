/**
 * Python-Markdown's `InlineProcessor` tree processor (treeprocessors.py):
 * runs the inline patterns over every text in the tree. A match is replaced
 * by a placeholder and kept aside; the placeholders then become elements.
 * Ancestor tracking is left out: no default pattern excludes an ancestor.
 */

import type {References} from './block-parser.js'
import type {Dialect} from './dialect.js'
import {Element} from './element.js'
import {ETX, INLINE_PLACEHOLDER_PREFIX, inlinePlaceholder, type HtmlStash} from './html-stash.js'
import {type InlineContext, type InlineNode, type InlinePattern, inlinePatterns} from './inline-patterns.js'
import {strip} from './python-text.js'
import {serializeXhtml} from './serializer.js'

const PLACEHOLDER = new RegExp(`${INLINE_PLACEHOLDER_PREFIX}([0-9]+)${ETX}`, 'g')

export class InlineTreeProcessor implements InlineContext {
  private readonly stashed = new Map<string, InlineNode>()
  private readonly patterns: readonly InlinePattern[]

  constructor(
    readonly references: References,
    readonly htmlStash: HtmlStash,
    private readonly dialect: Dialect
  ) {
    this.patterns = inlinePatterns(dialect)
  }

  unescape(text: string): string {
    return text.replace(PLACEHOLDER, (_whole, id: string) => {
      const value = this.stashed.get(id)
      if (value === undefined) return ''
      return typeof value === 'string' ? value : [...value.itertext()].join('')
    })
  }

  unescapeHtml(text: string): string {
    return text.replace(PLACEHOLDER, (_whole, id: string) => {
      const value = this.stashed.get(id)
      if (value === undefined) return ''
      // Python-Markdown serializes the stashed node, and writes `\` and the text when it cannot.
      if (typeof value === 'string') return `\\${value}`
      const html = serializeXhtml(value)
      return this.dialect.rawHtmlResolvesNestedPlaceholders ? this.unescapeHtml(html) : html
    })
  }

  run(root: Element): void {
    const stack: Element[] = [root]
    // 3.10 takes the stack's first element (`pop(0)`), earlier releases its last; `head` spares the shifting.
    let head = 0
    while (stack.length > head) {
      const current = this.dialect.inlineTreeInOrder ? stack[head++]! : stack.pop()!
      const insertQueue: Array<[Element, Element[]]> = []
      // Indexed on purpose: elements made from a tail are inserted after the child and visited too.
      for (let index = 0; index < current.children.length; index++) {
        const child = current.children[index]!
        if (child.text && !child.atomic) {
          const text = child.text
          child.setText(null)
          const made = this.processPlaceholders(this.handleInline(text, false), child, true, false)
          for (const element of made) stack.push(element)
          insertQueue.push([child, made])
        }
        if (child.tail) {
          const tail = this.handleInline(child.tail, false)
          const holder = new Element('d')
          child.tail = null
          const made = this.processPlaceholders(tail, holder, false, false)
          if (holder.tail) child.tail = holder.tail
          const position = current.children.indexOf(child) + 1
          for (const element of made.reverse()) current.insert(position, element)
        }
        if (child.children.length) stack.push(child)
      }
      for (const [element, made] of insertQueue) {
        made.forEach((child, position) => {
          element.insert(position, child)
        })
      }
    }
  }

  private stash(node: InlineNode): string {
    const id = String(this.stashed.size).padStart(4, '0')
    this.stashed.set(id, node)
    return inlinePlaceholder(id)
  }

  /** `__handleInline`: every pattern from `patternIndex` on, each until it no longer matches. */
  private handleInline(data: string, atomic: boolean, patternIndex = 0): string {
    if (atomic) return data
    let text = data
    let startIndex = 0
    let index = patternIndex
    while (index < this.patterns.length) {
      const [next, matched, nextStart] = this.applyPattern(this.patterns[index]!, text, index, startIndex)
      text = next
      startIndex = nextStart
      if (!matched) index++
    }
    return text
  }

  private applyPattern(pattern: InlinePattern, data: string, patternIndex: number, from: number): [string, boolean, number] {
    let startIndex = from
    let found: {node: InlineNode | null; start: number; end: number} | null = null
    const regex = pattern.regex
    let searchAt = startIndex
    while (searchAt <= data.length) {
      regex.lastIndex = searchAt
      const match = regex.exec(data)
      if (!match) break
      const matchEnd = match.index + match[0].length
      searchAt = matchEnd > match.index ? matchEnd : matchEnd + 1
      const [node, start, end] = pattern.handle(match, data, this)
      if (start === null || end === null) {
        // As Python-Markdown does: the match's end is added, not assigned.
        startIndex += matchEnd
        continue
      }
      found = {node, start, end}
      break
    }
    if (!found) return [data, false, 0]
    const {node, start, end} = found
    if (node === null) return [data, true, end]
    if (typeof node !== 'string' && !node.atomic) {
      for (const child of [node, ...node.children]) {
        if (child.text) child.text = this.handleInline(child.text, child.atomic, patternIndex + 1)
        if (child.tail) child.tail = this.handleInline(child.tail, false, patternIndex)
      }
    }
    return [data.slice(0, start) + this.stash(node) + data.slice(end), true, 0]
  }

  /** `__processPlaceholders`: the text with its placeholders turned back into elements. */
  private processPlaceholders(data: string, parent: Element, isText: boolean, atomic: boolean): Element[] {
    const result: Element[] = []
    const linkText = (text: string, textAtomic = false): void => {
      if (!text) return
      const last = result[result.length - 1]
      if (last) last.tail = last.tail ? last.tail + text : text
      else if (!isText) parent.tail = parent.tail ? parent.tail + text : text
      else if (parent.text) parent.setText(parent.text + text)
      else parent.setText(text, textAtomic)
    }
    let startIndex = 0
    while (true) {
      const index = data.indexOf(INLINE_PLACEHOLDER_PREFIX, startIndex)
      if (index === -1) {
        linkText(data.slice(startIndex), atomic)
        return result
      }
      PLACEHOLDER.lastIndex = index
      const placeholder = PLACEHOLDER.exec(data)
      const id = placeholder?.[1]
      const node = id === undefined ? undefined : this.stashed.get(id)
      if (node === undefined) {
        const end = index + INLINE_PLACEHOLDER_PREFIX.length
        linkText(data.slice(startIndex, end))
        startIndex = end
        continue
      }
      if (index > 0) linkText(data.slice(startIndex, index))
      const placeholderEnd = placeholder!.index + placeholder![0].length
      if (typeof node === 'string') {
        linkText(node)
        startIndex = placeholderEnd
        continue
      }
      for (const child of [node, ...node.children]) {
        if (child.tail && strip(child.tail)) this.processElementText(node, child, false)
        if (child.text && strip(child.text)) this.processElementText(child, child, true)
      }
      startIndex = placeholderEnd
      result.push(node)
    }
  }

  private processElementText(node: Element, subnode: Element, isText: boolean): void {
    let text: string
    let atomic = false
    if (isText) {
      text = subnode.text!
      atomic = subnode.atomic
      subnode.setText(null)
    } else {
      text = subnode.tail!
      subnode.tail = null
    }
    const made = this.processPlaceholders(text, subnode, isText, atomic)
    const position = !isText && node !== subnode ? node.children.indexOf(subnode) + 1 : 0
    for (const element of made.reverse()) node.insert(position, element)
  }
}
