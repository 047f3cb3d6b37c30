/**
 * Pairs the checker's answers with questions and decides each question's
 * verdict. Where the checker would stop, each question that can still be found
 * by its heading is checked on its own, as the checker would once the
 * structure is mended.
 */

import {constraintsFromText} from './constraints-from-text.js'
import {ANSWER_MARKER, cutOfficially, cutLikeCurrentChecker, readAsAnswer, type OfficialCut} from './official-checker.js'
import {currentGeneration, officialTables, outsideRange, type Constraints, type Generation} from './official-tables.js'
import {countPythonWords, findOfficialImages} from './python-semantics.js'
import type {QuestionSection, ReportStructure, Span} from './report-structure.js'

export type ConstraintSource = 'official' | 'text'

export interface QuestionVerdict {
  number: number
  constraints: Constraints
  words: number
  images: number
  /** Null when the checker stops and the question cannot be found either. */
  pass: boolean | null
  /** The text that was counted, or null when nothing could be. */
  counted: Span | null
  /** True when the checker stops and this is our reading of the question's own section. */
  estimated: boolean
  /** The question section the counted text lies in. */
  section: QuestionSection | null
}

export interface Verdicts {
  questions: QuestionVerdict[]
  cut: OfficialCut
  /** The table that was applied: a generation's, or read from the text. */
  checkedAs: Generation | 'text'
}

interface Slot {
  number: number
  constraints: Constraints
  section: QuestionSection | null
}

function sectionAt(structure: ReportStructure, offset: number): QuestionSection | null {
  // Sections are in text order and do not overlap: only the last one starting at or before the offset can hold it.
  const {questions} = structure
  let low = 0
  let high = questions.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (questions[mid]!.heading.start <= offset) low = mid + 1
    else high = mid
  }
  const candidate = questions[low - 1]
  return candidate && offset <= candidate.sectionEnd ? candidate : null
}

function judge(text: string, slot: Slot, counted: Span, estimated: boolean, section: QuestionSection | null): QuestionVerdict {
  const words = countPythonWords(text, counted.start, counted.end)
  const images = findOfficialImages(text, counted.start, counted.end).length
  const pass = !outsideRange(words, slot.constraints.words) && !outsideRange(images, slot.constraints.images)
  return {number: slot.number, constraints: slot.constraints, words, images, pass, counted, estimated, section}
}

/** What the checker would count for a section on its own: after its last `Answer:`, up to `###` or `##`. */
function ownPiece(text: string, section: QuestionSection): Span | null {
  const marker = section.markers.at(-1)
  if (marker === undefined) return null
  return readAsAnswer(text, marker + ANSWER_MARKER.length, section.sectionEnd)
}

export function decideVerdicts(text: string, structure: ReportStructure, options: {constraints?: ConstraintSource; generation?: Generation} = {}): Verdicts {
  let slots: Slot[]
  let cut: OfficialCut
  let checkedAs: Generation | 'text'
  if (options.constraints === 'text') {
    slots = structure.questions.map((section) => ({
      number: section.number,
      constraints: constraintsFromText(text.slice(section.prompt.start, section.prompt.end)),
      section
    }))
    cut = cutLikeCurrentChecker(text, slots.length)
    checkedAs = 'text'
  } else {
    const generation = options.generation ?? structure.generation ?? currentGeneration
    slots = officialTables[generation].map((constraints, index) => ({
      number: index + 1,
      constraints,
      section: structure.questionsByNumber.get(index + 1) ?? null
    }))
    cut = cutOfficially(text, generation)
    checkedAs = generation
  }

  const questions = slots.map((slot, index): QuestionVerdict => {
    if (!cut.error) {
      const answer = cut.answers[index]!
      return judge(text, slot, answer, false, sectionAt(structure, answer.pieceStart))
    }
    const own = slot.section ? ownPiece(text, slot.section) : null
    if (!own) {
      return {number: slot.number, constraints: slot.constraints, words: 0, images: 0, pass: null, counted: null, estimated: true, section: slot.section}
    }
    return judge(text, slot, own, true, slot.section)
  })
  return {questions, cut, checkedAs}
}
