/**
 * Where the graders' hand-in (Python-Markdown 3, no extensions) renders an
 * answer differently from GitHub (GFM), at the construct that causes it.
 *
 * A line scanner, not a markdown parser: it models just enough of both block
 * grammars (paragraphs, lists, fences, tables, headings) to tell where they
 * part, so a check never pays for a full parse.
 */

import type {Divergence, Draft} from '../finding.js'
import type {Span} from '../report-structure.js'
import {inlineDivergences} from './rendering-inline.js'
import {lineEnd as lineEndAt, skipSpacesAndTabs} from '../text-lines.js'
import {rules} from '../rules.js'

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/
const HASH_LINE = /^#+/
const BLOCKQUOTE = /^ {0,3}>/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const HTML_BLOCK = /^ {0,3}<(?:[a-zA-Z][\w-]*|\/[a-zA-Z]|!--)/

function columns(whitespace: string): number {
  let column = 0
  for (let index = 0; index < whitespace.length; index++) column = whitespace.charCodeAt(index) === 9 ? column + 4 - (column % 4) : column + 1
  return column
}

function tableCells(row: string): number {
  const trimmed = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  return trimmed.split(/(?<!\\)\|/).length
}

interface ListFrame {
  /** Column where the item's content starts: GitHub nests what is indented this far. */
  contentColumn: number
  /** `-`, `*`, `+`, `.` or `)`: GitHub starts a new list when it changes. */
  kind: string
}

type Previous = 'blank' | 'paragraph' | 'list-item' | 'other'

/** Characters that can open anything but a paragraph line in either grammar. */
const BLOCK_OPENERS = '#>*+\\-=_|<`~:\\d'
const SPECIAL_FIRST = new RegExp(`[${BLOCK_OPENERS}]`)

function lineHas(text: string, needle: string, from: number, to: number): boolean {
  const found = text.indexOf(needle, from)
  return found !== -1 && found < to
}

/**
 * A line that is neither blank nor plain paragraph text: it opens with a
 * character some block starts with, or is indented far enough for code; or
 * a pipe, which can make a table row. Most answers hold none.
 */
const NOT_PLAIN_LINE = new RegExp(`\\n(?:[ \\t]*[${BLOCK_OPENERS}]| {0,3}\\t| {4})|\\|`)

/** Whether any line after `from` (a line end) up to `end` can take part in a divergence. */
function mayDiverge(text: string, from: number, end: number): boolean {
  if (from >= end) return false
  return NOT_PLAIN_LINE.test(text.slice(from, end))
}

const notes = {
  fence: 'Indent every code line by 4 spaces (after a blank line) instead of using ``` fences.',
  listAfterParagraph: 'Leave a blank line before the list.',
  nesting: 'Indent nested list items by 4 spaces per level.',
  markerChange: 'Use the same list marker for every item of a list.',
  parenMarker: 'Number the items as `1.`, `2.`, ….',
  task: 'Write the state in words; the hand-in shows `[x]` as typed.',
  table: 'Use a list instead, or accept plain text in the hand-in.',
  hashLine: 'Write a space after the `#` to make it a heading in both, or escape it as `\\#`.',
  indentedHeading: 'Start the heading at the beginning of the line.'
}

/** Content column of the innermost list an indent lies in, or 0. */
function innermostContaining(lists: ListFrame[], indent: number): number {
  for (let index = lists.length - 1; index >= 0; index--) {
    if (lists[index]!.contentColumn <= indent) return lists[index]!.contentColumn
  }
  return 0
}

/** Divergences in the block structure, and where code is (no inline markup renders there). */
function blockDivergences(text: string, span: Span, marker: number, mends: boolean): {found: Divergence[]; code: Span[]} {
  const found: Divergence[] = []
  const code: Span[] = []
  /** Adds a line to the code spans, joining it to the span it continues. */
  const markCode = (start: number, end: number) => {
    const last = code.at(-1)
    if (last && last.end + 1 >= start) last.end = end
    else code.push({start, end})
  }
  // A mend is built only when asked for (`mends`): a check that shows none does not pay for the strings.
  const report = (start: number, end: number, message: string, note: string, fix?: () => string | undefined) => {
    const mend = mends && fix ? fix() : undefined
    found.push(mend === undefined ? {start, end, message, note} : {start, end, message, note, fix: mend})
  }
  // Start from the line holding `Answer:`: an answer that follows it without a blank line continues its paragraph.
  const markerLineStart = text.lastIndexOf('\n', marker - 1) + 1
  const markerLineEnd = lineEndAt(text, markerLineStart, span.end)
  if (!mayDiverge(text, markerLineEnd, span.end)) return {found, code}
  /** The open fence, and its finding: widened to the whole block with a fix once the block closes. */
  let fence: {char: string; length: number; finding: Divergence; openLine: string; afterParagraph: boolean} | null = null
  let previous: Previous = 'paragraph'
  /** Python-Markdown puts every line of a block that starts with `>` in the quote; GitHub ends it at a list or rule. */
  let paragraphInQuote = BLOCKQUOTE.test(text.slice(markerLineStart, markerLineEnd))
  let lists: ListFrame[] = []
  /** Python-Markdown reads blank-separated blocks; a list only when a block starts with an item. */
  let atBlockStart = false
  let blockIsList = false
  /** The paragraph being read: where it starts, how many lines, and whether a block started with it. */
  const paragraph = {start: markerLineStart, lines: 0, atBlockStart: false}
  const startParagraph = (start: number, atBlockStart: boolean) => {
    paragraph.start = start
    paragraph.lines = 1
    paragraph.atBlockStart = atBlockStart
  }

  /**
   * The mend for a fenced block: fences become HTML comments holding what
   * they held (one word stays one word: `\`\`\`python` → `<!--python-->`),
   * the code is indented by 4 spaces, with blank lines around it, so both
   * renderers show a code block and the word count stays.
   */
  const closeFence = (open: NonNullable<typeof fence>, closeStart: number, closeEnd: number) => {
    const finding = open.finding
    const openLine = open.openLine
    finding.end = closeEnd
    // Inside a list item the indentation would mean something else: no mend there.
    if (!mends || openLine[0] === ' ' || openLine[0] === '\t') return
    const fenceRun = /^(`{3,}|~{3,})/.exec(openLine)![0]
    const comment = (line: string, run: string) => `<!--${line.trim().slice(run.length)}-->`
    const body = text.slice(text.indexOf('\n', finding.start) + 1, closeStart)
    const code = body === '' ? [] : body.replace(/\n$/, '').split('\n')
    const closeLine = text.slice(closeStart, closeEnd)
    const closeRun = /^\s*(`{3,}|~{3,})/.exec(closeLine)![1]!
    const parts = [`${open.afterParagraph ? '\n' : ''}${comment(openLine, fenceRun)}`, '']
    for (const line of code) parts.push(line.trim() === '' ? line : `    ${line}`)
    parts.push('', comment(closeLine, closeRun))
    finding.fix = parts.join('\n')
  }

  for (let next = markerLineEnd + 1; next <= span.end; ) {
    const lineStart = next
    const lineEnd = lineEndAt(text, lineStart, span.end)
    next = lineEnd + 1
    const leading = skipSpacesAndTabs(text, lineStart, lineEnd) - lineStart
    const first = text[lineStart + leading] ?? ''
    if (fence) {
      if (first === '`' || first === '~') {
        const close = FENCE.exec(text.slice(lineStart, lineEnd))
        if (close && close[2]![0] === fence.char && close[2]!.length >= fence.length && close[3]!.trim() === '') {
          closeFence(fence, lineStart, lineEnd)
          fence = null
          markCode(lineStart, lineEnd)
          previous = 'other'
          continue
        }
      }
      markCode(lineStart, lineEnd)
      previous = 'other'
      continue
    }
    if (lineStart + leading === lineEnd) {
      previous = 'blank'
      atBlockStart = true
      paragraphInQuote = false
      continue
    }
    const leadingColumns = leading === 0 ? 0 : columns(text.slice(lineStart, lineStart + leading))
    // Most lines are plain text: nothing in either grammar but the paragraph they continue or start.
    if (leadingColumns < 4 && !SPECIAL_FIRST.test(first) && !lineHas(text, '|', lineStart, lineEnd)) {
      const startsBlock = atBlockStart
      atBlockStart = false
      if (startsBlock) blockIsList = false
      if (previous === 'blank' && lists.length > 0 && leadingColumns < lists.at(-1)!.contentColumn) lists = []
      if (previous === 'paragraph') paragraph.lines++
      else startParagraph(lineStart, startsBlock)
      previous = 'paragraph'
      continue
    }
    const content = text.slice(lineStart, lineEnd)
    const mayUnderline = (content.includes('-') || content.includes('=')) && SETEXT_UNDERLINE.test(content)
    if (paragraphInQuote && previous === 'paragraph' && mayUnderline) {
      // The range runs from the underlined text, so it lies inside the heading GitHub makes.
      report(
        paragraph.start,
        lineStart + content.length,
        'Underline right below a quoted line: the hand-in turns the quoted line above into a heading',
        'Leave a blank line between the `> Answer:` line and this one.',
        () => `${text.slice(paragraph.start, lineStart)}\n${content}`
      )
      previous = 'other'
      atBlockStart = true
      continue
    }
    const startsBlock = atBlockStart
    atBlockStart = false
    const indent = leadingColumns
    // Each pattern below can only match a line that opens with one of its characters.
    const mayBreak = first === '-' || first === '*' || first === '_'
    const mayItem = first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9')
    const item = !mayItem || (mayBreak && THEMATIC_BREAK.test(content)) ? null : LIST_ITEM.exec(content)
    if (previous === 'blank' && !item && indent < (lists.at(-1)?.contentColumn ?? 0)) lists = []
    const container = innermostContaining(lists, indent)
    const indentedCode = indent - container >= 4 && previous !== 'paragraph' && previous !== 'list-item'
    if (startsBlock) blockIsList = item !== null

    const fenceOpen = first === '`' || first === '~' ? FENCE.exec(content) : null
    if (fenceOpen && !indentedCode && !(fenceOpen[2]![0] === '`' && fenceOpen[3]!.includes('`'))) {
      const info = fenceOpen[3]!.trim()
      const shown = info ? `, \`${info}\` included` : ''
      report(lineStart, lineEnd, `Fenced code block: the hand-in shows it as one run of inline code${shown}, not as a code block`, notes.fence)
      fence = {char: fenceOpen[2]![0]!, length: fenceOpen[2]!.length, finding: found.at(-1)!, openLine: content, afterParagraph: previous === 'paragraph'}
      previous = 'other'
      continue
    }
    if (indentedCode) {
      markCode(lineStart, lineEnd)
      previous = 'other'
      continue
    }

    if (previous === 'paragraph' && lists.length === 0 && mayUnderline) {
      // Python-Markdown only underlines a block's first line, and only from column 0.
      if (indent > 0 || paragraph.lines !== 1 || !paragraph.atBlockStart) {
        const above = paragraph.lines === 1 ? 'the line above' : `the ${paragraph.lines} lines above`
        // One line and its underline are two words either way: `Title` + `---` → `##` + `Title`.
        const mend = () => {
          const title = text.slice(paragraph.start, lineStart - 1)
          const oneLineAbove = paragraph.lines === 1 && paragraph.start > markerLineEnd && !title.includes('\n')
          return oneLineAbove && indent === 0 && title.trim() !== '' ? `${content.trim()[0] === '=' ? '#' : '##'} ${title.trim()}` : undefined
        }
        report(
          paragraph.start,
          lineEnd,
          `Underline: GitHub makes ${above} a heading, the hand-in does not`,
          'For a heading, write `### Title` on a line of its own; for a rule, leave a blank line above the dashes.',
          mend
        )
      }
      previous = 'other'
      atBlockStart = true
      continue
    }
    if (mayBreak && THEMATIC_BREAK.test(content)) {
      // A rule splits the block in both renderers.
      previous = 'other'
      atBlockStart = true
      continue
    }

    const hashes = first === '#' ? HASH_LINE.exec(content) : null
    const heading = first === '#' ? ATX_HEADING.exec(content) : null
    if (hashes && !heading) {
      report(
        lineStart,
        lineStart + hashes[0].length,
        `\`${hashes[0]}\` at the start of a line: the hand-in makes this line a heading, GitHub does not`,
        notes.hashLine,
        () => `\\${hashes[0]}`
      )
    } else if (heading?.[1]) {
      report(lineStart, lineEnd, 'Indented heading: GitHub shows a heading, the hand-in plain text', notes.indentedHeading, () => content.trimStart())
    }
    if (heading || hashes) {
      // Python-Markdown splits the block at a heading line.
      previous = 'other'
      atBlockStart = true
      continue
    }

    if (item) {
      const marker = item[2]!
      const kind = /\d/.test(marker) ? marker.slice(-1) : marker
      const hasContent = item[4]!.trim() !== ''
      const inList = lists.length > 0
      const canInterrupt = hasContent && (!/\d/.test(marker) || /^0*1[.)]$/.test(marker))
      if ((!inList && previous === 'paragraph' && !canInterrupt) || (!inList && indent >= 4)) {
        previous = 'paragraph'
        continue
      }
      // The item closes every list it is not indented into; the last one closed is its sibling.
      let sibling: ListFrame | undefined
      while (lists.length > 0 && indent < lists.at(-1)!.contentColumn) sibling = lists.pop()
      const contentColumn = indent + marker.length + Math.min(columns(item[3]!) || 1, 4)
      lists.push({contentColumn, kind})
      const markerEnd = lineStart + content.indexOf(marker) + marker.length
      const githubDepth = lists.length - 1
      const handinDepth = Math.floor(indent / 4)
      if (kind === ')') {
        const written = text.slice(lineStart, markerEnd)
        report(
          lineStart,
          markerEnd,
          `\`${marker}\` list marker: the hand-in only knows \`1.\`-style numbers, so this is no list there`,
          notes.parenMarker,
          () => `${written.slice(0, -1)}.`
        )
      } else if (!blockIsList && (previous === 'paragraph' || previous === 'list-item')) {
        report(
          lineStart,
          markerEnd,
          'List right after a paragraph line: GitHub shows a list, the hand-in one paragraph with the markers as text',
          notes.listAfterParagraph,
          () => `\n${text.slice(lineStart, markerEnd)}`
        )
        blockIsList = true
      } else if (githubDepth !== handinDepth) {
        const levels = (depth: number) => (depth === 0 ? 'at the top level' : `${depth} level${depth === 1 ? '' : 's'} deep`)
        report(
          lineStart,
          markerEnd,
          `List item indented by ${indent} spaces: GitHub shows it ${levels(githubDepth)}, the hand-in ${levels(handinDepth)}`,
          notes.nesting,
          // 4 columns a level reach past any parent's content column, which is what GitHub asks.
          () => (leading === leadingColumns ? `${' '.repeat(4 * githubDepth)}${marker}` : undefined)
        )
      } else if (sibling && sibling.kind !== kind) {
        report(
          lineStart,
          markerEnd,
          `List marker changes from \`${sibling.kind}\` to \`${kind}\`: GitHub starts a new list here, the hand-in continues the old one`,
          notes.markerChange,
          () => (/^[-*+]$/.test(sibling.kind) && /^[-*+]$/.test(kind) ? `${text.slice(lineStart, markerEnd - 1)}${sibling.kind}` : undefined)
        )
      }
      const task = /^\[[ xX]\](?=[ \t])/.exec(item[4]!)
      if (task) {
        const at = lineEnd - item[4]!.length
        report(at, at + 3, `Task list box \`${task[0]}\`: GitHub shows a checkbox, the hand-in the brackets as text`, notes.task)
      }
      previous = 'list-item'
      continue
    }

    if (first === '<' && previous !== 'paragraph' && HTML_BLOCK.test(content)) {
      previous = 'other'
      continue
    }
    if (previous === 'paragraph' && content.includes('-') && content.includes('|') && DELIMITER_ROW.test(content)) {
      const headerStart = text.lastIndexOf('\n', lineStart - 2) + 1
      const header = text.slice(headerStart, lineStart - 1)
      if (header.includes('|') && tableCells(header) === tableCells(content)) {
        report(headerStart, lineEnd, 'Table: the hand-in shows the rows as plain text, pipes included', notes.table)
        previous = 'other'
        continue
      }
    }
    if (previous === 'paragraph') paragraph.lines++
    else startParagraph(lineStart, startsBlock)
    previous = 'paragraph'
  }
  return {found, code}
}

/** Divergences in one answer; `marker` is the offset of the `Answer:` it follows. */
export function renderingFindings(text: string, span: Span, marker: number, question: number, mends = true): Draft[] {
  const blocks = blockDivergences(text, span, marker, mends)
  const divergences = blocks.found.concat(inlineDivergences(text, span, blocks.code, mends))
  const drafts: Draft[] = []
  for (let index = 0; index < divergences.length; index++) {
    const divergence = divergences[index]!
    // Field by field: an object spread takes a slow path in code that has not been optimised yet.
    const draft: Draft = {
      ruleId: 'handin-rendering',
      severity: rules['handin-rendering'].severity,
      official: false,
      question,
      start: divergence.start,
      end: divergence.end,
      message: divergence.message
    }
    if (divergence.note !== undefined) draft.note = divergence.note
    if (divergence.fix !== undefined) draft.fix = divergence.fix
    drafts.push(draft)
  }
  return drafts
}
