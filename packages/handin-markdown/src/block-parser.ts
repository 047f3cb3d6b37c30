/**
 * Python-Markdown's block parser (blockparser.py and blockprocessors.py):
 * the text is cut at blank lines and each block goes to the first processor
 * whose test accepts it.
 */

import type {Dialect} from './dialect.js'
import {Element} from './element.js'
import {PythonMarkdownFailure} from './failure.js'
import {escapeCode} from './escape.js'
import {lstrip, lstripChars, rstrip, rstripChars, SPACE, strip} from './python-text.js'

const TAB = 4
const INDENT = ' '.repeat(TAB)

/** The references (`[id]: url "title"`) a document defines, by lower-cased id. */
export type References = Map<string, {href: string; title: string | null}>

interface BlockProcessor {
  test(parent: Element, block: string): boolean
  run(parent: Element, blocks: string[]): void
}

/**
 * Python's call stack, counted as Python-Markdown's block parser grows it.
 * Python stops at 1,000 frames (a RecursionError), and Python-Markdown stops
 * quoting 100 frames before that. The start, 7, is `markdown.markdown` called
 * from a script's top level: measured with python3-markdown, a quote nests 298
 * deep and a list fails at the same depth as here. A caller deeper in its own
 * stack loses a level every three frames.
 */
const FRAMES_BEFORE = 7
const RECURSION_LIMIT = 1000
const QUOTE_LIMIT = RECURSION_LIMIT - 100

/** Text nested so deeply that Python-Markdown stops with a `RecursionError`. */
export class PythonMarkdownRecursion extends PythonMarkdownFailure {
  override name = 'PythonMarkdownRecursion'

  constructor(dialect: Dialect) {
    super(`${dialect.name} stops with a RecursionError on this text: lists or quotes are nested a few hundred levels deep.`)
  }
}

export class BlockParser {
  /** `BlockParser.state`: what the parser is inside of, innermost last. */
  readonly state: string[] = []
  /** Python frames of `parseChunk`, `parseBlocks` and processors' `run` on the stack now. */
  private frames = FRAMES_BEFORE
  readonly references: References = new Map()
  private readonly processors: BlockProcessor[]

  constructor(readonly dialect: Dialect) {
    this.processors = [
      emptyBlock(),
      listIndent(this),
      codeBlock(),
      hashHeader(this),
      setextHeader(dialect.setextUnderline),
      horizontalRule(this),
      list(this, 'ol', /^ {0,3}\p{Nd}+\. +/u),
      list(this, 'ul', /^ {0,3}[*+-] +/),
      blockQuote(this),
      reference(this),
      paragraph(this)
    ]
  }

  isState(state: string): boolean {
    return this.state[this.state.length - 1] === state
  }

  parseDocument(lines: string[]): Element {
    const root = new Element('div')
    this.parseChunk(root, lines.join('\n'))
    return root
  }

  /** `util.nearing_recursion_limit()`, which keeps Python-Markdown from quoting deeper. */
  nearingRecursionLimit(): boolean {
    return this.frames > QUOTE_LIMIT
  }

  parseChunk(parent: Element, text: string): void {
    this.enter()
    this.parseBlocks(parent, text.split('\n\n'))
    this.frames--
  }

  parseBlocks(parent: Element, blocks: string[]): void {
    this.enter()
    while (blocks.length) {
      for (const processor of this.processors) {
        if (processor.test(parent, blocks[0]!)) {
          this.enter()
          processor.run(parent, blocks)
          this.frames--
          break
        }
      }
    }
    this.frames--
  }

  private enter(): void {
    if (++this.frames > RECURSION_LIMIT) throw new PythonMarkdownRecursion(this.dialect)
  }
}

const ITEM_TYPES = ['li']
const LIST_TYPES = ['ul', 'ol']

function isCodeBlock(element: Element | undefined): element is Element {
  return element !== undefined && element.tag === 'pre' && element.children[0]?.tag === 'code'
}

/** Moves an item's loose text into a paragraph, as a list that turns loose does. */
function wrapTextInParagraph(item: Element): void {
  if (!item.text) return
  const paragraph = new Element('p')
  paragraph.setText(item.text, item.atomic)
  item.setText('')
  item.insert(0, paragraph)
}

/** `BlockProcessor.detab`: the leading indented lines without their indent, and the rest. */
function detab(text: string): [string, string] {
  const lines = text.split('\n')
  const kept: string[] = []
  for (const line of lines) {
    if (line.startsWith(INDENT)) kept.push(line.slice(TAB))
    else if (!strip(line)) kept.push('')
    else break
  }
  return [kept.join('\n'), lines.slice(kept.length).join('\n')]
}

function looseDetab(text: string, level: number): string {
  const indent = ' '.repeat(TAB * level)
  return text
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n')
}

function emptyBlock(): BlockProcessor {
  return {
    test: (_parent, block) => !block || block.startsWith('\n'),
    run(parent, blocks) {
      const block = blocks.shift()!
      let filler = '\n\n'
      if (block) {
        filler = '\n'
        const rest = block.slice(1)
        if (rest) blocks.unshift(rest)
      }
      const sibling = parent.last
      if (isCodeBlock(sibling)) {
        const code = sibling.children[0]!
        code.setText(`${code.text}${filler}`, true)
      }
    }
  }
}

function listIndent(parser: BlockParser): BlockProcessor {
  const indentPattern = /^((?: {4})+)/
  function level(parent: Element, block: string): [number, Element] {
    const match = indentPattern.exec(block)
    const indentLevel = match ? match[1]!.length / TAB : 0
    let level = parser.isState('list') ? 1 : 0
    let sibling = parent
    while (indentLevel > level) {
      const child = sibling.last
      if (child && (LIST_TYPES.includes(child.tag) || ITEM_TYPES.includes(child.tag))) {
        if (LIST_TYPES.includes(child.tag)) level++
        sibling = child
      } else break
    }
    return [level, sibling]
  }
  return {
    test: (parent, block) =>
      block.startsWith(INDENT) &&
      !parser.isState('detabbed') &&
      (ITEM_TYPES.includes(parent.tag) || (parent.last !== undefined && LIST_TYPES.includes(parent.last.tag))),
    run(parent, blocks) {
      let block = blocks.shift()!
      const [depth, sibling] = level(parent, block)
      block = looseDetab(block, depth)
      parser.state.push('detabbed')
      if (ITEM_TYPES.includes(parent.tag)) {
        const last = parent.last
        parser.parseBlocks(last && LIST_TYPES.includes(last.tag) ? last : parent, [block])
      } else if (ITEM_TYPES.includes(sibling.tag)) {
        parser.parseBlocks(sibling, [block])
      } else if (sibling.last && ITEM_TYPES.includes(sibling.last.tag)) {
        wrapTextInParagraph(sibling.last)
        parser.parseChunk(sibling.last, block)
      } else {
        parser.parseBlocks(Element.sub(sibling, 'li'), [block])
      }
      parser.state.pop()
    }
  }
}

function codeBlock(): BlockProcessor {
  return {
    test: (_parent, block) => block.startsWith(INDENT),
    run(parent, blocks) {
      const sibling = parent.last
      const [code, rest] = detab(blocks.shift()!)
      if (isCodeBlock(sibling)) {
        const element = sibling.children[0]!
        element.setText(`${element.text}\n${escapeCode(rstrip(code))}\n`, true)
      } else {
        Element.sub(Element.sub(parent, 'pre'), 'code').setText(`${escapeCode(rstrip(code))}\n`, true)
      }
      if (rest) blocks.unshift(rest)
    }
  }
}

function hashHeader(parser: BlockParser): BlockProcessor {
  const pattern = /(?:^|\n)(#{1,6})((?:\\[^\n]|[^\\])*?)#*(?:\n|$)/u
  return {
    test: (_parent, block) => pattern.test(block),
    run(parent, blocks) {
      const block = blocks.shift()!
      const match = pattern.exec(block)!
      const before = block.slice(0, match.index)
      const after = block.slice(match.index + match[0].length)
      if (before) parser.parseBlocks(parent, [before])
      Element.sub(parent, `h${match[1]!.length}`).setText(strip(match[2]!))
      if (after) blocks.unshift(parser.dialect.headingLooseDetab && parser.isState('looselist') ? looseDetab(after, 1) : after)
    }
  }
}

function setextHeader(pattern: RegExp): BlockProcessor {
  return {
    test: (_parent, block) => pattern.test(block),
    run(parent, blocks) {
      const lines = blocks.shift()!.split('\n')
      Element.sub(parent, lines[1]!.startsWith('=') ? 'h1' : 'h2').setText(strip(lines[0]!))
      if (lines.length > 2) blocks.unshift(lines.slice(2).join('\n'))
    }
  }
}

function horizontalRule(parser: BlockParser): BlockProcessor {
  const pattern = /(?<![^\n]) {0,3}(?=(?<rule>(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}))\k<rule> *(?![^\n])/u
  let match: RegExpExecArray | null = null
  return {
    test(_parent, block) {
      match = pattern.exec(block)
      return match !== null
    },
    run(parent, blocks) {
      const block = blocks.shift()!
      const rule = match!
      const before = rstripChars(block.slice(0, rule.index), '\n')
      if (before) parser.parseBlocks(parent, [before])
      Element.sub(parent, 'hr')
      const after = lstripChars(block.slice(rule.index + rule[0].length), '\n')
      if (after) blocks.unshift(after)
    }
  }
}

const LIST_ITEM = /^ {0,3}(?:\p{Nd}+\.|[*+-]) +([^\n]*)/u
const NESTED_ITEM = /^ {4,7}(?:\p{Nd}+\.|[*+-]) +/u

/** `OListProcessor.get_items`: the block cut into items; an indented item stays with its parent item. */
function listItems(block: string): string[] {
  const items: string[] = []
  for (const line of block.split('\n')) {
    const item = LIST_ITEM.exec(line)
    if (item) items.push(item[1]!)
    else if (NESTED_ITEM.test(line) && !items[items.length - 1]!.startsWith(INDENT)) items.push(line)
    else items[items.length - 1] = `${items[items.length - 1]}\n${line}`
  }
  return items
}

function list(parser: BlockParser, tag: 'ol' | 'ul', start: RegExp): BlockProcessor {
  return {
    test: (_parent, block) => start.test(block),
    run(parent, blocks) {
      const items = listItems(blocks.shift()!)
      const sibling = parent.last
      let listElement: Element
      if (sibling && LIST_TYPES.includes(sibling.tag)) {
        listElement = sibling
        const lastItem = listElement.last!
        wrapTextInParagraph(lastItem)
        const lastChild = lastItem.last
        if (lastChild?.tail) {
          Element.sub(lastItem, 'p').setText(lstrip(lastChild.tail))
          lastChild.tail = ''
        }
        const item = Element.sub(listElement, 'li')
        parser.state.push('looselist')
        parser.parseBlocks(item, [items.shift()!])
        parser.state.pop()
      } else if (LIST_TYPES.includes(parent.tag)) {
        listElement = parent
      } else {
        listElement = Element.sub(parent, tag)
      }
      parser.state.push('list')
      for (const item of items) {
        if (item.startsWith(INDENT)) parser.parseBlocks(listElement.last!, [item])
        else parser.parseBlocks(Element.sub(listElement, 'li'), [item])
      }
      parser.state.pop()
    }
  }
}

function blockQuote(parser: BlockParser): BlockProcessor {
  const pattern = /(^|\n) {0,3}> ?([^\n]*)/u
  function clean(line: string): string {
    const match = pattern.exec(line)
    if (strip(line) === '>') return ''
    return match ? match[2]! : line
  }
  return {
    test: (_parent, block) => pattern.test(block) && !parser.nearingRecursionLimit(),
    run(parent, blocks) {
      let block = blocks.shift()!
      const match = pattern.exec(block)
      if (match) {
        parser.parseBlocks(parent, [block.slice(0, match.index)])
        block = block.slice(match.index).split('\n').map(clean).join('\n')
      }
      const sibling = parent.last
      const quote = sibling?.tag === 'blockquote' ? sibling : Element.sub(parent, 'blockquote')
      parser.state.push('blockquote')
      parser.parseChunk(quote, block)
      parser.state.pop()
    }
  }
}

function reference(parser: BlockParser): BlockProcessor {
  const pattern = new RegExp(String.raw`(?<![^\n]) {0,3}\[([^\[\]]*)\]: *\n? *([^${SPACE}]+) *(?:\n *)?((["'])([^\n]*)\4 *|\(([^\n]*)\) *)?(?![^\n])`, 'u')
  // Python-Markdown's test accepts every block and its run hands on those without a definition: the same.
  return {
    test: (_parent, block) => pattern.test(block),
    run(_parent, blocks) {
      const block = blocks.shift()!
      const match = pattern.exec(block)!
      const id = strip(match[1]!).toLowerCase()
      const href = rstripChars(lstripChars(match[2]!, '<'), '>')
      parser.references.set(id, {href, title: match[5] || (match[6] ?? null)})
      const end = match.index + match[0].length
      if (strip(block.slice(end))) blocks.unshift(lstripChars(block.slice(end), '\n'))
      if (strip(block.slice(0, match.index))) blocks.unshift(rstripChars(block.slice(0, match.index), '\n'))
    }
  }
}

function paragraph(parser: BlockParser): BlockProcessor {
  return {
    test: () => true,
    run(parent, blocks) {
      const block = blocks.shift()!
      if (!strip(block)) return
      if (!parser.isState('list')) {
        Element.sub(parent, 'p').setText(lstrip(block))
        return
      }
      const sibling = parent.last
      if (sibling) sibling.tail = sibling.tail ? `${sibling.tail}\n${block}` : `\n${block}`
      else parent.setText(parent.text ? `${parent.text}\n${block}` : lstrip(block), false)
    }
  }
}
