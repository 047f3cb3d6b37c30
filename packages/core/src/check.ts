/**
 * One call from text to everything a presenter shows: the report model, the
 * official verdicts and our findings, each placed in the text the user gave.
 */

import {cutShortFindings} from './findings/cut-short-findings.js'
import {findImageReferences, imageFindings, indexFiles, readDefinitions} from './findings/image-findings.js'
import {renderingFindings} from './findings/rendering-findings.js'
import {structureFindings} from './findings/structure-findings.js'
import {verdictFindings} from './findings/verdict-findings.js'
import type {Draft, Finding} from './finding.js'
import type {Constraints, Generation} from './official-tables.js'
import {readStructure, type ChecklistItem as ChecklistSpan} from './report-structure.js'
import {SourceText, type Point} from './source-text.js'
import {decideVerdicts, type ConstraintSource} from './verdicts.js'

export interface CheckOptions {
  /**
   * Paths of the files beside the report, relative to its folder with `/`
   * (for example `figures/wandb.png`). Without them, image files are not
   * looked for.
   */
  files?: readonly string[]
  /** `official` (default): the course's tables. `text`: each question's limits read from its own wording. */
  constraints?: ConstraintSource
  /** Check as this template generation instead of the one the report shows. */
  generation?: Generation
}

export interface Located {
  start: Point
  end: Point
}

export interface QuestionResult {
  number: number
  /** The heading's text, e.g. `Question 4`, or null when the heading is missing. */
  heading: string | null
  /** The question as the template asks it (blockquote markers and emphasis removed). */
  prompt: string
  constraints: Constraints
  /** Figures as the course checker counts them. */
  words: number
  images: number
  /** The official verdict; null when the checker stops and this question cannot be found. */
  pass: boolean | null
  /** True when the checker stops and the figures are our reading of the question's own section. */
  estimated: boolean
  unanswered: boolean
  /** The text the figures were counted on. */
  counted: Located | null
  /** The answer as the student wrote it (from `Answer:` to the next question). */
  answer: (Located & {text: string}) | null
  /** Where the question's heading is. */
  headingPosition: Located | null
}

export interface ChecklistItem extends Located {
  group: string
  text: string
  checked: boolean
}

export interface CheckResult {
  /** The template generation the report was written on; null when it cannot be told. */
  generation: Generation | null
  /** Which table was applied. */
  checkedAs: Generation | 'text'
  /** The exception the course checker would stop with, or null. */
  officialError: string | null
  passed: number
  total: number
  questions: QuestionResult[]
  checklist: ChecklistItem[]
  /** Every finding, in text order. */
  findings: Finding[]
}

function promptText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/^\s*>\s?/, '').trim())
    .filter((line) => line !== '')
    .filter((line) => !/^(?:recommended\s+)?answer length:/i.test(line))
    .join(' ')
    .split(/\bExample:/i)[0]!
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const severityRank = {error: 0, warning: 1} as const

export function checkReport(input: string, options: CheckOptions = {}): CheckResult {
  const source = new SourceText(input)
  const text = source.normalized
  const structure = readStructure(text)
  const verdicts = decideVerdicts(text, structure, options)
  const locate = (span: {start: number; end: number}): Located => ({start: source.locate(span.start), end: source.locate(span.end)})
  const generationGuessed = options.constraints !== 'text' && options.generation === undefined && structure.generation === null

  const drafts: Draft[] = structureFindings(text, structure, verdicts, generationGuessed)
  const definitions = readDefinitions(text)
  const files = options.files ? indexFiles(options.files) : null

  const questions = verdicts.questions.map((verdict): QuestionResult => {
    const own = structure.questions.find((question) => question.number === verdict.number) ?? null
    const answerText = own && own.markers.length > 0 ? text.slice(own.answer.start, own.answer.end) : null
    const found = verdictFindings(verdict, answerText)
    drafts.push(...found, ...cutShortFindings(text, verdict))
    return {
      number: verdict.number,
      heading: own?.heading.text ?? null,
      prompt: own ? promptText(text.slice(own.prompt.start, own.prompt.end)) : '',
      constraints: verdict.constraints,
      words: verdict.words,
      images: verdict.images,
      pass: verdict.pass,
      estimated: verdict.estimated,
      unanswered: found.some((draft) => draft.ruleId === 'unanswered-question'),
      counted: verdict.counted ? locate(verdict.counted) : null,
      answer: answerText !== null && own ? {text: answerText, ...locate(own.answer)} : null,
      headingPosition: own ? locate(own.heading) : null
    }
  })
  for (const section of structure.questions) {
    if (section.markers.length === 0) continue
    for (const reference of findImageReferences(text, section.answer, definitions)) {
      drafts.push(...imageFindings(reference, section.number, files))
    }
    drafts.push(...renderingFindings(text, section.answer, section.markers[0]!, section.number))
  }

  const findings = drafts
    .sort((a, b) => a.start - b.start || severityRank[a.severity] - severityRank[b.severity] || a.end - b.end)
    .map(({start, end, ...rest}): Finding => ({...rest, ...locate({start, end})}))
  return {
    generation: structure.generation,
    checkedAs: verdicts.checkedAs,
    officialError: verdicts.cut.error,
    passed: questions.filter((question) => question.pass === true).length,
    total: questions.length,
    questions,
    checklist: structure.checklist.map(({group, text: itemText, checked, ...span}: ChecklistSpan) => ({group, text: itemText, checked, ...locate(span)})),
    findings
  }
}
