/**
 * Reads the template's skeleton out of a report: headings, question sections,
 * the `Answer:` markers in each, and the checklist. This is how a student reads
 * the report; the official cut (official-checker.ts) is how the script reads
 * it, and the findings are the places where the two part.
 */

import {ANSWER_MARKER} from './official-checker.js'
import type {Generation} from './official-tables.js'
import {countBelow} from './sorted-offsets.js'
import {lineEnd, skipSpacesAndTabs} from './text-lines.js'

export interface Heading {
  level: number
  text: string
  /** Normalized offsets of the heading line, without its newline. */
  start: number
  end: number
}

export interface Span {
  start: number
  end: number
}

export interface QuestionSection {
  number: number
  heading: Heading
  /** Offsets of each literal `Answer:` from the heading to the section's end. */
  markers: number[]
  /** The question's own text: from the heading to the first `Answer:`. */
  prompt: Span
  /** The answer as the student wrote it: after the first `Answer:` to the section's end, blank edges trimmed. */
  answer: Span
  /** Where the next question or a `#`/`##` section heading starts, or the end of the text. */
  sectionEnd: number
}

export interface ChecklistItem {
  /** The heading it sits under, e.g. `Week 1`; empty when none comes before it. */
  group: string
  text: string
  /** What the box holds, as written: `x`, `✅`, ` `, `-`, … */
  mark: string
  checked: boolean
  start: number
  end: number
}

export interface ReportStructure {
  /** Offsets of every literal `Answer:` in the text, in order. */
  markers: number[]
  headings: Heading[]
  questions: QuestionSection[]
  /** Each question number's section; the first one when a number is used twice. */
  questionsByNumber: Map<number, QuestionSection>
  checklist: ChecklistItem[]
  /** 31 or 27 from the questions present; null when neither template is recognisable. */
  generation: Generation | null
}

const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)[ \t]*#*[ \t]*$/
const QUESTION_HEADING = /^ {0,3}#{1,6}[ \t]*Question[ \t]*(\d+)\b/i
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/
/**
 * A task-list line `- [x] text`, and the indented lines after it that continue
 * its text (up to a line that is an item itself). The box holds whatever mark
 * the student put in it: `x`, `X`, `✅`, `✔️`, `Y`, `~`, nothing, `-`.
 */
const ITEM_START = String.raw`[ \t]*[*+-][ \t]+\[([^\]\n]{0,5})\][ \t]+`
// Groups: 1 the mark, 2 the first line's text, 3 the continuation lines.
const CHECKLIST_ITEM = new RegExp(String.raw`(?<=^|\n)${ITEM_START}([^\n]*)((?:\n(?!${ITEM_START})[ \t]+\S[^\n]*)*)`, 'g')

/** Ticked is any mark but a space or `-`: students tick with `x`, `X`, `Y`, `✅`, `~`, even `ok`. */
function isTickMark(mark: string): boolean {
  const trimmed = mark.trim()
  return trimmed !== '' && trimmed !== '-'
}

interface FenceState {
  char: string
  length: number
}

/** What a line that can open or close a fence or be a heading starts with, after up to three spaces or tabs. */
const LINE_OPENERS = ['#', '```', '~~~'] as const
const FIRST_LINE_CANDIDATE = /^[ \t]{0,3}(?:#|`{3}|~{3})/

/**
 * The lines that can open or close a fence or be a heading, in text order:
 * called with the end of one line, gives the start of the next such line
 * after it, or -1. It is what `/\n[ \t]{0,3}(?:#|`{3}|~{3})/g` finds from
 * that end, but found by `indexOf`, which skips through text many times
 * faster than a regular expression tried at each character; where each
 * opener occurs next is kept, so the text is searched about once per opener.
 */
export function candidateLines(text: string): (from: number) => number {
  // Per opener: its next occurrence not yet passed over; -2 before the first search, -1 when there is none.
  const nextAt = [-2, -2, -2]
  return (from) => {
    let found = -1
    for (let which = 0; which < LINE_OPENERS.length; which++) {
      let at = nextAt[which]!
      if (at === -1) continue
      const opener = LINE_OPENERS[which]!
      if (at <= from) at = text.indexOf(opener, from + 1)
      // An opener past the start of the line found lies on that line or a later one.
      while (at !== -1 && (found === -1 || at < found)) {
        const lineStart = openedLineStart(text, at, from)
        if (lineStart !== -1) {
          if (found === -1 || lineStart < found) found = lineStart
          break
        }
        // A later opener on this line has this one before it: it cannot open the line either.
        const lineEnd = text.indexOf('\n', at)
        at = lineEnd === -1 ? -1 : text.indexOf(opener, lineEnd + 1)
      }
      nextAt[which] = at
    }
    return found
  }
}

/** The start of the line an opener at `at` opens (after a newline at or past `from`, and up to three spaces or tabs), or -1. */
function openedLineStart(text: string, at: number, from: number): number {
  let indent = 0
  while (indent < 3 && isSpaceOrTab(text.charCodeAt(at - indent - 1))) indent++
  const newline = at - indent - 1
  return newline >= from && text.charCodeAt(newline) === 10 ? newline + 1 : -1
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

const HASH = 35
const LETTER_Q = 81
const LETTER_LOWER_Q = 113

/** Headings outside fenced code, plus which of them are question headings. */
function readHeadings(text: string): {headings: Heading[]; questionNumbers: Map<Heading, number>} {
  const headings: Heading[] = []
  const questionNumbers = new Map<Heading, number>()
  let fence: FenceState | null = null
  const nextCandidate = candidateLines(text)
  for (let start = FIRST_LINE_CANDIDATE.test(text) ? 0 : nextCandidate(0); start !== -1; ) {
    const end = lineEnd(text, start)
    const isHash = text.charCodeAt(skipSpacesAndTabs(text, start, end)) === HASH
    // Inside a fence only a fence line matters.
    if (fence) {
      if (!isHash) {
        const line = text.slice(start, end)
        const close = FENCE_OPEN.exec(line)
        if (close && close[1]!.startsWith(fence.char) && close[1]!.length >= fence.length && line.trim() === close[1]) fence = null
      }
    } else if (!isHash) {
      const line = text.slice(start, end)
      const open = FENCE_OPEN.exec(line)
      // A backtick fence whose info string holds a backtick is inline code, not a fence.
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = {char: open[1]![0]!, length: open[1]!.length}
    } else {
      const line = text.slice(start, end)
      const heading = HEADING.exec(line)
      // A question heading's text starts with "Question" (or it is `###Question 4`, no heading to CommonMark).
      const initial = heading ? heading[2]!.charCodeAt(0) : LETTER_Q
      const question = initial === LETTER_Q || initial === LETTER_LOWER_Q ? QUESTION_HEADING.exec(line) : null
      if (heading || question) {
        const level = heading ? heading[1]!.length : (/#+/.exec(line)?.[0].length ?? 3)
        const entry: Heading = {level, text: heading ? heading[2]! : line.replace(/^\s*#+\s*/, ''), start, end}
        headings.push(entry)
        if (question) questionNumbers.set(entry, Number(question[1]))
      }
    }
    start = nextCandidate(end)
  }
  return {headings, questionNumbers}
}

function findMarkers(text: string): number[] {
  const found: number[] = []
  for (let index = text.indexOf(ANSWER_MARKER); index !== -1; index = text.indexOf(ANSWER_MARKER, index + ANSWER_MARKER.length)) {
    found.push(index)
  }
  return found
}

/** The sorted offsets in `[start, end)`. */
function within(offsets: number[], start: number, end: number): number[] {
  return offsets.slice(countBelow(offsets, start), countBelow(offsets, end))
}

/** Whether a UTF-16 code unit is ASCII whitespace or a no-break space (what an editor shows as blank). */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0
}

/** Narrow a span to its first and last non-blank line content. */
function trimBlankEdges(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return {start, end}
}

/** Every box before the first question, under whatever heading it stands (`### Week 1`, `## Week 1`, none). */
function readChecklist(text: string, headings: Heading[], firstQuestionStart: number): ChecklistItem[] {
  const items: ChecklistItem[] = []
  const region = text.slice(0, firstQuestionStart)
  let heading = -1
  CHECKLIST_ITEM.lastIndex = 0
  for (let item = CHECKLIST_ITEM.exec(region); item; item = CHECKLIST_ITEM.exec(region)) {
    while (heading + 1 < headings.length && headings[heading + 1]!.start < item.index) heading++
    let itemText = item[2]!.trim()
    // Lines indented under an item continue its text.
    const lines = item[3]!.split('\n')
    for (let line = 1; line < lines.length; line++) itemText += ` ${lines[line]!.trim()}`
    const mark = item[1]!
    items.push({group: headings[heading]?.text ?? '', text: itemText, mark, checked: isTickMark(mark), start: item.index, end: item.index + item[0].length})
  }
  return items
}

export function readStructure(text: string): ReportStructure {
  const {headings, questionNumbers} = readHeadings(text)
  const allMarkers = findMarkers(text)
  const questions: QuestionSection[] = []
  // Walk backwards so each question knows the next boundary without a search.
  let boundary = text.length
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index]!
    const number = questionNumbers.get(heading)
    if (number === undefined) {
      if (heading.level <= 2) boundary = heading.start
      continue
    }
    const sectionEnd = boundary
    boundary = heading.start
    const markers = within(allMarkers, heading.end, sectionEnd)
    const firstMarker = markers[0]
    const promptEnd = firstMarker ?? sectionEnd
    const answer = firstMarker === undefined ? {start: sectionEnd, end: sectionEnd} : trimBlankEdges(text, firstMarker + ANSWER_MARKER.length, sectionEnd)
    questions.push({number, heading, markers, prompt: {start: heading.end, end: promptEnd}, answer, sectionEnd})
  }
  questions.reverse()
  const questionsByNumber = new Map<number, QuestionSection>()
  for (let index = 0; index < questions.length; index++) {
    const question = questions[index]!
    if (!questionsByNumber.has(question.number)) questionsByNumber.set(question.number, question)
  }
  const generation: Generation | null = questionsByNumber.has(31) ? 31 : questionsByNumber.has(27) ? 27 : null
  const firstQuestionStart = questions[0]?.heading.start ?? text.length
  return {markers: allMarkers, headings, questions, questionsByNumber, checklist: readChecklist(text, headings, firstQuestionStart), generation}
}
