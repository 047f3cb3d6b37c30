/**
 * One call from text to everything a presenter shows: the report model, the
 * official verdicts and our findings, each placed in the text the user gave.
 */

import {parsePythonMarkdownVersion, type PythonMarkdownVersion} from '@mlops-report/handin-markdown/versions'
import {cutShortFindings} from './findings/cut-short-findings.js'
import {handinHangFindings} from './findings/handin-hang-findings.js'
import {findImageReferences, imageFindings, lookupInList, readDefinitions, type FileLookup, type UncommittedLookup} from './findings/image-findings.js'
import {renderingFindings} from './findings/rendering-findings.js'
import {structureFindings} from './findings/structure-findings.js'
import {verdictFindings} from './findings/verdict-findings.js'
import type {Draft, Finding} from './finding.js'
import type {Constraints, Generation} from './official-tables.js'
import {checklistEvidence} from './checklist/checklist-evidence.js'
import type {ChecklistItem, Located} from './checklist/checklist-item.js'
import type {RepositorySnapshot} from './checklist/repository-files.js'
import {readStructure, type ChecklistItem as ChecklistSpan} from './report-structure.js'
import {rules} from './rules.js'
import {SourceText} from './source-text.js'
import {decideVerdicts, type ConstraintSource} from './verdicts.js'
import {lineEnd, skipSpacesAndTabs} from './text-lines.js'

export type {ChecklistItem, Located} from './checklist/checklist-item.js'

export interface CheckOptions {
  /**
   * The files beside the report: their paths relative to its folder with `/`
   * (for example `figures/wandb.png`), or a lookup that finds one such path
   * on disk (called only for the images an answer refers to). Without either,
   * image files are not looked for.
   */
  files?: readonly string[] | FileLookup
  /**
   * When `files` are what the repository holds (a commit being made), tells
   * which missing images are on disk all the same: those are reported as
   * `image-uncommitted` errors, since the graders clone the repository.
   */
  uncommitted?: UncommittedLookup
  /**
   * Whether findings carry their mends (`fix`), for editors' quick fixes and
   * `mlops-report fix`. Default true; a check that shows none can skip them.
   */
  mends?: boolean
  /** `official` (default): the course's tables. `text`: each question's limits read from its own wording. */
  constraints?: ConstraintSource
  /** Check as this template generation instead of the one the report shows. */
  generation?: Generation
  /**
   * The Python-Markdown release the graders' hand-in is judged under: `'3.7'`
   * (default; the course's grading tools pin it), `'3.10'` or `'3.4-debian'`.
   * An unknown one throws `UnknownPythonMarkdownVersion`.
   */
  pythonMarkdown?: PythonMarkdownVersion | undefined
  /**
   * The repository the report is in, as git holds it (its paths and the
   * texts `wantsText` asks for): each ticked checklist item its files do not
   * show gets a `checklist-evidence` finding. Without it, none. A function
   * is called only for a report with a ticked item (reading a repository
   * costs git processes; most markdown files are no report).
   */
  repository?: RepositorySnapshot | (() => RepositorySnapshot | null) | null
}

export interface QuestionResult {
  number: number
  /** The heading's text, e.g. `Question 4`, or null when the heading is missing. */
  heading: string | null
  /** Where the question's own text is (from its heading to its `Answer:`); `questionPrompt` reads it. */
  promptRange: Located | null
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

export interface CheckResult {
  /**
   * Whether the text is a course report at all: it has a `### Question N`
   * heading. Editors and lint runs see every markdown file of a project and
   * stay quiet on the others; the CLI checks what it is asked to.
   */
  isReport: boolean
  /** The template generation the report was written on; null when it cannot be told. */
  generation: Generation | null
  /** Which table was applied. */
  checkedAs: Generation | 'text'
  /** The Python-Markdown release the hand-in findings are judged under. */
  pythonMarkdown: PythonMarkdownVersion
  /** The exception the course checker would stop with, or null. */
  officialError: string | null
  passed: number
  total: number
  questions: QuestionResult[]
  checklist: ChecklistItem[]
  /** Every finding, in text order. */
  findings: Finding[]
}

const LENGTH_LINE = /^(?:recommended\s+)?answer length:/i

/**
 * The question as the template asks it: its quoted lines up to the example,
 * with blockquote markers, bold and the stated limits left out. `text` is the
 * report as given to `checkReport`.
 */
export function questionPrompt(text: string, question: Pick<QuestionResult, 'promptRange'>): string {
  if (!question.promptRange) return ''
  return promptText(text, question.promptRange.start.offset, question.promptRange.end.offset)
}

function promptText(text: string, start: number, end: number): string {
  const kept: string[] = []
  for (let from = start; from < end; ) {
    const to = lineEnd(text, from, end)
    let index = skipSpacesAndTabs(text, from, to)
    if (text.charCodeAt(index) === 62) index++ // `>`
    const content = text.slice(index, to).trim()
    if (content.startsWith('Example:') || content.startsWith('example:')) break
    if (content !== '' && !LENGTH_LINE.test(content)) kept.push(content)
    from = to + 1
  }
  return kept.join(' ').replaceAll('**', '').replace(/\s+/g, ' ').trim()
}

const severityRank = {error: 0, warning: 1, info: 2} as const

export function checkReport(input: string, options: CheckOptions = {}): CheckResult {
  const pythonMarkdown = parsePythonMarkdownVersion(options.pythonMarkdown)
  const source = new SourceText(input)
  const text = source.normalized
  const structure = readStructure(text)
  const verdicts = decideVerdicts(text, structure, options)
  const locate = (span: {start: number; end: number}): Located => ({start: source.locate(span.start), end: source.locate(span.end)})
  // Built field by field: object spread and rest take a slow path, and this runs for every finding of every report.
  const toFinding = (draft: Draft): Finding => {
    const finding: Finding = {
      ruleId: draft.ruleId,
      severity: draft.severity,
      official: draft.official,
      question: draft.question,
      message: draft.message,
      start: source.locate(draft.start),
      end: source.locate(draft.end)
    }
    if (draft.note !== undefined) finding.note = draft.note
    if (draft.actual !== undefined) finding.actual = draft.actual
    if (draft.expected !== undefined) finding.expected = draft.expected
    if (draft.fix !== undefined) finding.fix = draft.fix
    return finding
  }
  const generationGuessed = options.constraints !== 'text' && options.generation === undefined && structure.generation === null

  const drafts: Draft[] = structureFindings(text, structure, verdicts, generationGuessed)
  if (text.includes('<!--')) drafts.push(...handinHangFindings(text, structure.questions, pythonMarkdown))
  let definitions: Map<string, string> | undefined
  const lazyDefinitions = () => (definitions ??= readDefinitions(text))
  const files = typeof options.files === 'function' ? options.files : options.files ? lookupInList(options.files) : null

  const questions = verdicts.questions.map((verdict): QuestionResult => {
    const own = structure.questionsByNumber.get(verdict.number) ?? null
    const answerText = own && own.markers.length > 0 ? text.slice(own.answer.start, own.answer.end) : null
    const found = verdictFindings(verdict, answerText)
    drafts.push(...found, ...cutShortFindings(text, verdict))
    return {
      number: verdict.number,
      heading: own?.heading.text ?? null,
      promptRange: own ? locate(own.prompt) : null,
      constraints: verdict.constraints,
      words: verdict.words,
      images: verdict.images,
      pass: verdict.pass,
      estimated: verdict.estimated,
      unanswered: found.some((draft) => draft.actual === 'unanswered'),
      counted: verdict.counted ? locate(verdict.counted) : null,
      answer: answerText !== null && own ? {text: answerText, start: source.locate(own.answer.start), end: source.locate(own.answer.end)} : null,
      headingPosition: own ? locate(own.heading) : null
    }
  })
  for (let index = 0; index < structure.questions.length; index++) {
    const section = structure.questions[index]!
    if (section.markers.length === 0) continue
    const references = findImageReferences(text, section.answer, lazyDefinitions)
    for (let which = 0; which < references.length; which++) {
      const reference = references[which]!
      drafts.push(...imageFindings(reference, section.number, files, text.slice(reference.start, reference.end), options.uncommitted ?? null))
    }
    drafts.push(...renderingFindings(text, section.answer, section.markers[0]!, section.number, options.mends !== false))
  }

  const checklist = structure.checklist.map((item: ChecklistSpan) => ({
    group: item.group,
    text: item.text,
    mark: item.mark,
    checked: item.checked,
    start: source.locate(item.start),
    end: source.locate(item.end)
  }))
  if (options.repository && checklist.some((item) => item.checked)) {
    const repository = typeof options.repository === 'function' ? options.repository() : options.repository
    if (repository) drafts.push(...evidenceFindings(structure.checklist, checklist, repository))
  }

  const findings = drafts.sort((a, b) => a.start - b.start || severityRank[a.severity] - severityRank[b.severity] || a.end - b.end).map(toFinding)
  return {
    isReport: structure.questions.length > 0,
    generation: structure.generation,
    checkedAs: verdicts.checkedAs,
    pythonMarkdown,
    officialError: verdicts.cut.error,
    passed: questions.filter((question) => question.pass === true).length,
    total: questions.length,
    questions,
    checklist,
    findings
  }
}

/** A `checklist-evidence` finding on each ticked item the repository does not show, naming what it lacks. */
function evidenceFindings(spans: readonly ChecklistSpan[], items: readonly ChecklistItem[], repository: RepositorySnapshot): Draft[] {
  const drafts: Draft[] = []
  checklistEvidence(items, repository).forEach((entry, index) => {
    if (entry.missing === null) return
    const span = spans[index]!
    drafts.push({
      ruleId: 'checklist-evidence',
      severity: rules['checklist-evidence'].severity,
      official: false,
      question: null,
      start: span.start,
      end: span.end,
      message: `Ticked, but ${entry.missing}`,
      note: `Looked for ${entry.lookedFor}, among the files git holds. The teachers check the repository against the ticks; this never fails a check.`,
      actual: 'ticked',
      expected: entry.lookedFor ?? ''
    })
  })
  return drafts
}
