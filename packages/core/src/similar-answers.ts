/**
 * Long passages that the answers of different reports to the same question
 * share: what a copy still shares after a few words are changed, sentences
 * reordered or a paragraph added. A finding, not a judgement: it says what is
 * shared and how long it is.
 *
 * How it decides. Each answer is read as lower-case words (letters and
 * digits; markdown, punctuation and figures dropped). Two answers share a
 * 4-word sequence where both hold it; sequences that many answers to the
 * question hold (the template's own text, the stock phrases of a course:
 * "we used docker to") count for nothing. A shared passage is a stretch of an
 * answer where shared sequences follow each other with at most `maxGap`
 * words between them (a copy with every fifth word changed still shares one
 * sequence in five words), and it is reported where it spans at least
 * `minWords` words. An unanswered question (the template's placeholder) is
 * never compared.
 */

import type {CheckResult} from './check.js'
import {isUnanswered} from './findings/verdict-findings.js'
import {readStructure} from './report-structure.js'
import {SourceText} from './source-text.js'

export interface SimilarityOptions {
  /** The shortest passage reported, in words. Default 40. */
  minWords?: number
  /** The most words between two shared 4-word sequences of one passage. Default 6. */
  maxGap?: number
  /** A sequence held by more than this share of a question's answers counts for nothing. Default 0.2. */
  commonShare?: number
  /**
   * Each pair of two checked reports from both sides (two findings, each with
   * the passage as it stands in its `report`), for a presenter that marks the
   * passage in every answer that shares it. Default: once, from the first.
   */
  bothSides?: boolean
  /** Called with the name of each report that has no question heading (no course report, as `checkReport`'s `isReport` says): left out. */
  notReport?: (name: string) => void
}

export interface NamedReport {
  /** How the report is named in the findings: its path as given. */
  name: string
  text: string
  /**
   * `checkReport`'s result for `text`, where the caller has it: its answers
   * are compared as they stand, and the report is not read again.
   */
  checked?: Pick<CheckResult, 'isReport' | 'questions'>
}

export interface SharedPassage {
  question: number
  report: string
  other: string
  /** The passage's length in `report`, in words. */
  sharedWords: number
  /** The passage as it stands in `report`. */
  passage: string
}

const SEQUENCE = 4
const WORD_CHAR = /[\p{L}\p{N}]/u

interface Answer {
  report: string
  /** Whether it is one of the reports checked (the others are only compared against). */
  checked: boolean
  text: string
  /** Word `n` spans `text` from `starts[n]` to `ends[n]`. */
  starts: Int32Array
  ends: Int32Array
  /** The key of the 4-word sequence starting at each word. */
  sequences: Uint32Array
  /** The same keys, sorted and each once: for asking whether this answer holds a key. */
  sortedKeys: Uint32Array
}

/** Non-ASCII characters met so far: their lower-case code, or -1 where they are no letter or digit. */
const foldedBeyondAscii = new Map<number, number>()

/** The character's code in lower case where it is a letter or a digit, else -1. */
function folded(code: number): number {
  if (code < 128) {
    if (code >= 97 && code <= 122) return code
    if (code >= 65 && code <= 90) return code + 32
    return code >= 48 && code <= 57 ? code : -1
  }
  let known = foldedBeyondAscii.get(code)
  if (known === undefined) {
    const char = String.fromCharCode(code)
    // A surrogate half alone is no letter here: emoji and rare scripts end words.
    known = WORD_CHAR.test(char) ? char.toLowerCase().charCodeAt(0) : -1
    foldedBeyondAscii.set(code, known)
  }
  return known
}

interface Words {
  count: number
  /** Word `n` spans the text from `starts[n]` to `ends[n]`. */
  starts: Int32Array
  ends: Int32Array
  /** Each word's FNV-1a hash, over its lower-case characters. */
  hashes: Uint32Array
}

/**
 * The words of `text` as the comparison reads them: runs of letters and
 * digits, compared in lower case. A character loop, not a regular
 * expression's matches: a course is millions of words.
 */
function scanWords(text: string): Words {
  // At most one word in two characters.
  const starts = new Int32Array((text.length >> 1) + 1)
  const ends = new Int32Array(starts.length)
  const hashes = new Uint32Array(starts.length)
  let count = 0
  let hash = 0
  let inWord = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? folded(text.charCodeAt(index)) : -1
    if (code === -1) {
      if (inWord) {
        ends[count] = index
        hashes[count++] = hash >>> 0
        inWord = false
      }
      continue
    }
    if (!inWord) {
      inWord = true
      starts[count] = index
      hash = 0x811c9dc5
    }
    hash = Math.imul(hash ^ code, 0x01000193)
  }
  return {count, starts, ends, hashes}
}

/**
 * Where the words of `text` are, as the comparison reads them, each with its
 * lower-case form. A presenter that marks a passage in rendered text finds
 * its words with this.
 */
export function wordSpans(text: string): Array<{start: number; end: number; word: string}> {
  const {count, starts, ends} = scanWords(text)
  const spans: Array<{start: number; end: number; word: string}> = []
  for (let at = 0; at < count; at++) {
    const start = starts[at]!
    const end = ends[at]!
    let word = ''
    for (let index = start; index < end; index++) word += String.fromCharCode(folded(text.charCodeAt(index)))
    spans.push({start, end, word})
  }
  return spans
}

/** The answer's words and the key of every 4-word sequence. */
function readAnswer(report: string, checked: boolean, text: string): Answer {
  const {count: words, starts, ends, hashes} = scanWords(text)
  const count = Math.max(0, words - SEQUENCE + 1)
  const sequences = new Uint32Array(count)
  for (let at = 0; at < count; at++) {
    let key = 0x811c9dc5
    for (let word = at; word < at + SEQUENCE; word++) key = Math.imul(key ^ hashes[word]!, 0x01000193)
    sequences[at] = key >>> 0
  }
  const sorted = sequences.slice().sort()
  let unique = 0
  for (let at = 0; at < sorted.length; at++) if (at === 0 || sorted[at] !== sorted[at - 1]) sorted[unique++] = sorted[at]!
  return {report, checked, text, starts: starts.slice(0, words), ends: ends.slice(0, words), sequences, sortedKeys: sorted.slice(0, unique)}
}

function holds(sortedKeys: Uint32Array, key: number): boolean {
  let low = 0
  let high = sortedKeys.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = sortedKeys[middle]!
    if (value === key) return true
    if (value < key) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** Each answered question's number and answer text, as the checker reads the report; each number once. */
function answerTexts(report: NamedReport): {isReport: boolean; answers: Array<{number: number; text: string}>} {
  if (report.checked) {
    const seen = new Set<number>()
    const answers: Array<{number: number; text: string}> = []
    for (const question of report.checked.questions) {
      // Read from the template's own wording, a question's number can stand twice: its first answer counts, as in the structure.
      if (question.answer === null || seen.has(question.number)) continue
      seen.add(question.number)
      answers.push({number: question.number, text: question.answer.text})
    }
    return {isReport: report.checked.isReport, answers}
  }
  // The report's structure alone: where each question's answer is; no verdicts needed.
  const text = new SourceText(report.text).normalized
  const structure = readStructure(text)
  const answers: Array<{number: number; text: string}> = []
  for (const question of structure.questionsByNumber.values()) {
    if (question.markers.length > 0) answers.push({number: question.number, text: text.slice(question.answer.start, question.answer.end)})
  }
  return {isReport: structure.questions.length > 0, answers}
}

/** The answers of each question, by number, of every report that has one. */
function answersByQuestion(reports: NamedReport[], checked: boolean, into: Map<number, Answer[]>, notReport?: (name: string) => void): void {
  for (const report of reports) {
    const {isReport, answers} = answerTexts(report)
    if (!isReport) notReport?.(report.name)
    for (const {number, text} of answers) {
      if (isUnanswered(text)) continue
      const answer = readAnswer(report.name, checked, text)
      if (answer.sequences.length === 0) continue
      const list = into.get(number)
      if (list) list.push(answer)
      else into.set(number, [answer])
    }
  }
}

/** The longest stretch of `answer` built of sequences that `other` holds, gaps of at most `maxGap` words. */
function longestPassage(answer: Answer, other: Answer, common: Set<number>, maxGap: number): {from: number; to: number} | null {
  let best: {from: number; to: number} | null = null
  let start = -1
  let last = -1
  for (let at = 0; at < answer.sequences.length; at++) {
    const key = answer.sequences[at]!
    if (!holds(other.sortedKeys, key) || common.has(key)) continue
    if (start === -1 || at - last > maxGap) start = at
    last = at
    const to = at + SEQUENCE
    if (!best || to - start > best.to - best.from) best = {from: start, to}
  }
  return best
}

/**
 * Every pair of answers to one question, from different reports, that share
 * a passage of at least `minWords` words: each pair once, from the side of a
 * checked report (`report`), longest first. `earlier` reports are compared
 * with the checked ones, never with each other.
 */
export function findSharedPassages(reports: NamedReport[], earlier: NamedReport[] = [], options: SimilarityOptions = {}): SharedPassage[] {
  const minWords = options.minWords ?? 40
  const maxGap = options.maxGap ?? 6
  const commonShare = options.commonShare ?? 0.2
  const bothSides = options.bothSides ?? false
  const byQuestion = new Map<number, Answer[]>()
  answersByQuestion(reports, true, byQuestion, options.notReport)
  answersByQuestion(earlier, false, byQuestion, options.notReport)
  const found: SharedPassage[] = []
  for (const [question, answers] of byQuestion) {
    // An inverted index by sorting: each (key, answer) once, as key × 2^20 + answer in one float.
    let total = 0
    for (const answer of answers) total += answer.sortedKeys.length
    const entries = new Float64Array(total)
    let at = 0
    answers.forEach((answer, index) => {
      for (const key of answer.sortedKeys) entries[at++] = key * 1_048_576 + index
    })
    entries.sort()
    const limit = Math.max(3, Math.ceil(answers.length * commonShare))
    const common = new Set<number>()
    // How many sequences each pair (checked answer, other answer) has in common.
    const pairs = new Map<number, number>()
    for (let run = 0; run < entries.length; ) {
      const key = Math.floor(entries[run]! / 1_048_576)
      let end = run + 1
      while (end < entries.length && Math.floor(entries[end]! / 1_048_576) === key) end++
      if (end - run > limit) common.add(key)
      else if (end - run > 1) {
        for (let one = run; one < end; one++) {
          const index = entries[one]! % 1_048_576
          if (!answers[index]!.checked) continue
          for (let two = run; two < end; two++) {
            const other = entries[two]! % 1_048_576
            // Each pair of checked answers once (from the first) unless both sides are asked for; never two answers of one report.
            if (other === index || (!bothSides && answers[other]!.checked && other < index) || answers[other]!.report === answers[index]!.report) continue
            const pair = index * 1_048_576 + other
            pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
          }
        }
      }
      run = end
    }
    for (const [pair, count] of pairs) {
      if (count * SEQUENCE < minWords / 4) continue
      const answer = answers[Math.floor(pair / 1_048_576)]!
      const candidate = answers[pair % 1_048_576]!
      const passage = longestPassage(answer, candidate, common, maxGap)
      if (!passage || passage.to - passage.from < minWords) continue
      found.push({
        question,
        report: answer.report,
        other: candidate.report,
        sharedWords: passage.to - passage.from,
        passage: answer.text.slice(answer.starts[passage.from]!, answer.ends[passage.to - 1]!).replace(/\s+/g, ' ')
      })
    }
  }
  return found.sort((a, b) => b.sharedWords - a.sharedWords || a.question - b.question || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0))
}
