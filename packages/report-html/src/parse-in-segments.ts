/**
 * A report parsed as remark parses it whole, but segment by segment, reusing
 * the syntax tree of a segment met before. The reports of a course repeat the
 * template's text (question prompts, checklist weeks) and parsing is nearly
 * all the time a report takes, so a site of many reports parses under three
 * quarters of what it would.
 *
 * A segment ends after a blank line where nothing open can carry over: before
 * an ATX heading at the line start, or after a blockquote (a question's
 * prompt) before a line that starts at its first column (not a bare `---`,
 * which would open front matter at a segment's start); never inside a fenced
 * code block. Reference and footnote definitions reach across the whole text:
 * a report with any is parsed whole, as is one with `\r` line ends (but
 * `\r\n`) or unclosed front matter.
 */

import type {Root, RootContent} from 'mdast'

interface Entry {
  children: RootContent[]
  line: number
  offset: number
}

/**
 * Parsed segments by their text, for the reports of one run: the caller keeps
 * it while it renders a batch and drops it after, so that the trees do not
 * stay in memory (they would slow every later collection of the process).
 * A segment's tree is kept from its second sight on: most text is a group's
 * own, met once, and copying it to keep would cost more than parsing the
 * template's text a second time.
 */
export class SegmentCache {
  /** @internal Null: seen once. In order of last use. */
  readonly entries = new Map<string, Entry | null>()
}

/** Bounded: a run over a very large course still holds a fixed amount; the template's segments, used most, stay. */
const CACHE_LIMIT = 10_000

/** A `\r` line end on its own, and anything that may be a reference or footnote definition (in a container too). */
const WHOLE_TEXT_ONLY = /\r(?!\n)|\[\^|\]:/
/** Front matter, closed (the older template opens with it); an unclosed one changes how micromark reads what follows. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_FENCE = /^---[ \t]*$/
/** Blank as markdown has it: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const NESTED_FENCE = /^[\t >*+\-0-9.)]*[>*+\-.)][\t >*+\-0-9.)]*(?:`{3}|~{3})/
const HTML_BLOCK_START = /^ {0,3}(?:<(?:script|pre|style|textarea)(?=[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i

/**
 * Offsets where a segment may start: the start of a line after a blank line
 * with nothing open. Only fences at the line start are followed (one there is
 * always the text's own, never inside a list or quote). After an HTML block
 * that may span blank lines (`<!--`, `<pre>`, `<script>`, …), a fence that is
 * indented or in a list item or quote, or one right under a line that starts
 * with `<` (inside an HTML block it is none), no more segments start: telling
 * where those end takes the parser itself.
 */
function segmentStarts(text: string, from: number): number[] {
  const starts = [0]
  let fence: {char: string; length: number} | null = null
  // Lines after one that starts with `<`, up to a blank line: maybe an HTML block, where a fence is none.
  let maybeHtml = false
  let previous = ''
  let blankBefore = false
  let quoteBeforeBlank = false
  for (let start = from; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    // A `\r\n` line end read as `\n`.
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end)
    const blank = BLANK.test(line)
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && BLANK.test(close[2]!)) fence = null
    } else {
      if (HTML_BLOCK_START.test(line)) break
      if (/^ {0,3}</.test(line)) maybeHtml = true
      // A fence in a list item or quote: where it ends (unclosed, at the end of the text) depends on the rest.
      if (NESTED_FENCE.test(line)) break
      const open = FENCE.exec(line)
      if (open) {
        if (line[0] === ' ' || maybeHtml) break
        if (!(open[1]![0] === '`' && open[2]!.includes('`'))) fence = {char: open[1]![0]!, length: open[1]!.length}
      } else if (blankBefore && !blank && line[0] !== ' ' && line[0] !== '\t' && !FRONT_MATTER_FENCE.test(line)) {
        // Not before a line that would open front matter at a segment's start (the template's
        // `--- question 1 fill here ---` placeholders, kept in answers, would not).
        if (/^#{1,6}[ \t]/.test(line) || quoteBeforeBlank) starts.push(start)
      }
    }
    if (blank && !fence) maybeHtml = false
    if (blank && !blankBefore) quoteBeforeBlank = previous.startsWith('>')
    blankBefore = blank
    if (!blank) previous = line
    start = end + 1
  }
  return starts
}

type Point = {line: number; column: number; offset?: number}

function shiftedPoint(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined
    ? {line: point.line + lines, column: point.column}
    : {line: point.line + lines, column: point.column, offset: point.offset + offset}
}

/**
 * A deep copy of a node (plain data: objects, arrays, primitives) with its
 * positions moved; several times faster than structuredClone and a shift.
 */
function copyShifted(value: unknown, lines: number, offset: number): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => copyShifted(item, lines, offset))
  const copy: Record<string, unknown> = {}
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key]
    if (key === 'position' && field) {
      const {start, end} = field as {start: Point; end: Point}
      copy[key] = {start: shiftedPoint(start, lines, offset), end: shiftedPoint(end, lines, offset)}
    } else {
      copy[key] = copyShifted(field, lines, offset)
    }
  }
  return copy
}

function shift(node: RootContent, lines: number, offset: number): void {
  const position = node.position
  if (position) {
    position.start.line += lines
    position.end.line += lines
    if (position.start.offset !== undefined) position.start.offset += offset
    if (position.end.offset !== undefined) position.end.offset += offset
  }
  if ('children' in node) for (const child of node.children) shift(child as RootContent, lines, offset)
}

function lineCount(text: string, start: number, end: number): number {
  let lines = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/** What parses markdown: a unified processor with remark-parse and its syntax extensions. */
export interface MarkdownParser {
  parse(markdown: string): Root
}

/** `processor.parse(markdown)`, reusing the trees of segments parsed before. */
export function parseInSegments(processor: MarkdownParser, markdown: string, cache: SegmentCache): Root {
  const seen = cache.entries
  if (WHOLE_TEXT_ONLY.test(markdown)) return processor.parse(markdown)
  let from = 0
  if (markdown.startsWith('---')) {
    const frontMatter = FRONT_MATTER.exec(markdown)
    if (!frontMatter) return processor.parse(markdown)
    from = frontMatter[0].length
  }
  const starts = segmentStarts(markdown, from)
  const children: RootContent[] = []
  let line = 1
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    const end = starts[index + 1] ?? markdown.length
    const text = markdown.slice(start, end)
    const entry = seen.get(text)
    if (entry) {
      for (const child of entry.children) children.push(copyShifted(child, line - entry.line, start - entry.offset) as RootContent)
      seen.delete(text)
      seen.set(text, entry)
    } else {
      const parsed = processor.parse(text).children
      for (const child of parsed) shift(child, line - 1, start)
      // Front matter is only front matter at the very start.
      if (start > 0 || !parsed.some((child) => child.type === 'yaml')) {
        const again = entry === null
        seen.delete(text)
        if (seen.size >= CACHE_LIMIT) seen.delete(seen.keys().next().value!)
        // A copy: the page's own tree is the renderer's to change.
        seen.set(text, again ? {children: copyShifted(parsed, 0, 0) as RootContent[], line, offset: start} : null)
      }
      for (const child of parsed) children.push(child)
    }
    line += lineCount(markdown, start, end)
  }
  const lines = markdown.split('\n')
  return {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: markdown.length}
    }
  }
}
