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

import {checkReport} from './check.js'

export interface SimilarityOptions {
  /** The shortest passage reported, in words. Default 40. */
  minWords?: number
  /** The most words between two shared 4-word sequences of one passage. Default 6. */
  maxGap?: number
  /** A sequence held by more than this share of a question's answers counts for nothing. Default 0.2. */
  commonShare?: number
}

export interface NamedReport {
  /** How the report is named in the findings: its path as given. */
  name: string
  text: string
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
const WORD = /[\p{L}\p{N}]+/gu

interface Answer {
  report: string
  /** Whether it is one of the reports checked (the others are only compared against). */
  checked: boolean
  text: string
  /** Each word's start and end in `text`. */
  spans: Array<[number, number]>
  sequences: number[]
}

/** FNV-1a over a sequence's words: a 32-bit key. */
function sequenceKey(words: string[], from: number): number {
  let hash = 0x811c9dc5
  for (let word = from; word < from + SEQUENCE; word++) {
    const value = words[word]!
    for (let index = 0; index < value.length; index++) hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193)
    hash = Math.imul(hash ^ 32, 0x01000193)
  }
  return hash >>> 0
}

function readAnswer(report: string, checked: boolean, text: string): Answer {
  const words: string[] = []
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(WORD)) {
    words.push(match[0].toLowerCase())
    spans.push([match.index, match.index + match[0].length])
  }
  const sequences: number[] = []
  for (let at = 0; at + SEQUENCE <= words.length; at++) sequences.push(sequenceKey(words, at))
  return {report, checked, text, spans, sequences}
}

/** The answers of each question, by number, of every report that has one. */
function answersByQuestion(reports: NamedReport[], checked: boolean, into: Map<number, Answer[]>): void {
  for (const {name, text} of reports) {
    const result = checkReport(text, {mends: false})
    for (const question of result.questions) {
      if (!question.answer || question.unanswered) continue
      const answer = readAnswer(name, checked, question.answer.text)
      if (answer.sequences.length === 0) continue
      const list = into.get(question.number)
      if (list) list.push(answer)
      else into.set(question.number, [answer])
    }
  }
}

/** The longest stretch of `answer` built of sequences that `shared` holds, gaps of at most `maxGap` words. */
function longestPassage(answer: Answer, shared: Set<number>, common: Set<number>, maxGap: number): {from: number; to: number} | null {
  let best: {from: number; to: number} | null = null
  let start = -1
  let last = -1
  for (let at = 0; at < answer.sequences.length; at++) {
    const key = answer.sequences[at]!
    if (common.has(key) || !shared.has(key)) continue
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
  const byQuestion = new Map<number, Answer[]>()
  answersByQuestion(reports, true, byQuestion)
  answersByQuestion(earlier, false, byQuestion)
  const found: SharedPassage[] = []
  for (const [question, answers] of byQuestion) {
    // Which answers hold each sequence (each answer once).
    const holders = new Map<number, number[]>()
    answers.forEach((answer, index) => {
      for (const key of new Set(answer.sequences)) {
        const list = holders.get(key)
        if (list) list.push(index)
        else holders.set(key, [index])
      }
    })
    const limit = Math.max(3, Math.ceil(answers.length * commonShare))
    const common = new Set<number>()
    for (const [key, list] of holders) if (list.length > limit) common.add(key)
    answers.forEach((answer, index) => {
      if (!answer.checked) return
      // The other answers with enough sequences in common to be worth a closer look.
      const counts = new Map<number, number>()
      for (const key of new Set(answer.sequences)) {
        if (common.has(key)) continue
        for (const other of holders.get(key)!) if (other !== index) counts.set(other, (counts.get(other) ?? 0) + 1)
      }
      for (const [other, count] of counts) {
        const candidate = answers[other]!
        // Each pair of checked answers once; never two answers of one report.
        if (candidate.report === answer.report || (candidate.checked && other < index)) continue
        if (count * SEQUENCE < minWords / 4) continue
        const passage = longestPassage(answer, new Set(candidate.sequences), common, maxGap)
        if (!passage || passage.to - passage.from < minWords) continue
        const start = answer.spans[passage.from]![0]
        const end = answer.spans[passage.to - 1]![1]
        found.push({
          question,
          report: answer.report,
          other: candidate.report,
          sharedWords: passage.to - passage.from,
          passage: answer.text.slice(start, end).replace(/\s+/g, ' ')
        })
      }
    })
  }
  return found.sort((a, b) => b.sharedWords - a.sharedWords || a.question - b.question || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0))
}
