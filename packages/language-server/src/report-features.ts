/**
 * The core's verdicts as LSP shows them beyond diagnostics: the figures at
 * each answer (code lens and inlay hint), the verdict on a question's
 * heading (hover), the questions as the outline (document symbols) and the
 * report's score. Each presents the one `CheckResult`; nothing is decided here.
 */

import {briefFigures, type CheckResult, type Point, type QuestionResult, questionVerdict} from '@mlops-report/core'
import {
  type CodeLens,
  type DocumentSymbol,
  type Hover,
  type InlayHint,
  InlayHintKind,
  MarkupKind,
  type Position,
  type Range,
  SymbolKind
} from 'vscode-languageserver'

export function toPosition(point: Point): Position {
  return {line: point.line - 1, character: point.column - 1}
}

function toRange(located: {start: Point; end: Point}): Range {
  return {start: toPosition(located.start), end: toPosition(located.end)}
}

function verdictMark(question: QuestionResult): string {
  if (question.pass === null) return '?'
  if (question.estimated) return '≈'
  return question.pass ? '✓' : '✗'
}

/** e.g. `✗ 86 words · 100–200 · 14 short`, `✓ 1 image · 1–2`; null for a question with no limit. */
export function figuresLabel(question: QuestionResult): string | null {
  const parts = briefFigures(question)
  if (parts.length === 0) return null
  return `${verdictMark(question)} ${parts.join('  ')}`
}

/** Where the figures go: the start of the counted answer, else the heading. */
function answerStart(question: QuestionResult): Point | null {
  return question.counted?.start ?? question.answer?.start ?? question.headingPosition?.start ?? null
}

export function codeLenses(result: CheckResult): CodeLens[] {
  const lenses: CodeLens[] = []
  for (const question of result.questions) {
    const label = figuresLabel(question)
    const at = answerStart(question)
    if (!label || !at) continue
    const position = toPosition(at)
    // An empty command: a label, as VS Code shows one that does nothing when clicked.
    lenses.push({range: {start: position, end: position}, command: {title: `Question ${question.number}: ${label}`, command: ''}})
  }
  return lenses
}

export function inlayHints(result: CheckResult, range: Range): InlayHint[] {
  const hints: InlayHint[] = []
  for (const question of result.questions) {
    const label = figuresLabel(question)
    const end = question.counted?.end ?? question.answer?.end ?? question.headingPosition?.end
    if (!label || !end) continue
    const position = toPosition(end)
    if (position.line < range.start.line || position.line > range.end.line) continue
    hints.push({position, label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: `Question ${question.number}: ${questionVerdict(question).label}`})
  }
  return hints
}

function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character)
  return afterStart && beforeEnd
}

/** The verdict and why, on a question's heading. */
const severityWord = {error: 'Error', warning: 'Warning', info: 'Info'} as const

export function hover(result: CheckResult, position: Position): Hover | null {
  const question = result.questions.find((candidate) => candidate.headingPosition && contains(toRange(candidate.headingPosition), position))
  if (!question?.headingPosition) return null
  const lines = [`**Question ${question.number}: ${questionVerdict(question).label}**`, '']
  const figures = briefFigures(question)
  lines.push(figures.length > 0 ? figures.map((part) => `- ${part}`).join('\n') : '- no length or image limit')
  if (result.officialError) lines.push('', `The course checker stops on this report: \`${result.officialError}\``)
  const findings = result.findings.filter((finding) => finding.question === question.number)
  if (findings.length > 0) {
    lines.push('', ...findings.map((finding) => `- ${severityWord[finding.severity]} (line ${finding.start.line}): ${finding.message}`))
  }
  return {contents: {kind: MarkupKind.Markdown, value: lines.join('\n')}, range: toRange(question.headingPosition)}
}

/** The questions, each from its heading to the end of its answer, named with its verdict. */
export function documentSymbols(result: CheckResult): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = []
  for (const question of result.questions) {
    if (!question.headingPosition) continue
    const end = question.answer?.end ?? question.headingPosition.end
    symbols.push({
      name: `${verdictMark(question)} ${question.heading ?? `Question ${question.number}`}`,
      detail: briefFigures(question).join('  ') || 'no limit',
      kind: SymbolKind.Field,
      range: {start: toPosition(question.headingPosition.start), end: toPosition(end)},
      selectionRange: toRange(question.headingPosition)
    })
  }
  return symbols
}

/** The report's score for a status bar: `mlops-report/status`. */
export interface ReportStatus {
  uri: string
  version: number
  isReport: boolean
  passed: number
  total: number
  officialError: string | null
  /** The core's decision: the checker reads the report and every question passes. */
  passes: boolean
  /** The core's sentence for the report's verdict. */
  verdict: string
  errors: number
  warnings: number
}
