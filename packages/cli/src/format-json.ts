import type {CheckResult} from '@mlops-report/core'

export interface JsonReport {
  file: string
  generation: number | null
  checkedAs: number | 'text'
  /** The Python-Markdown release the hand-in findings were judged under. */
  pythonMarkdown: string
  officialError: string | null
  passed: number
  total: number
  questions: Array<{
    number: number
    words: number
    wordRange: readonly [number, number] | null
    images: number
    imageRange: readonly [number, number] | null
    pass: boolean | null
    estimated: boolean
    unanswered: boolean
    line: number | null
    column: number | null
  }>
  messages: Array<{
    ruleId: string
    severity: string
    official: boolean
    question: number | null
    line: number
    column: number
    endLine: number
    endColumn: number
    message: string
    note: string | null
  }>
}

export function toJson(file: string, result: CheckResult): JsonReport {
  return {
    file,
    generation: result.generation,
    checkedAs: result.checkedAs,
    pythonMarkdown: result.pythonMarkdown,
    officialError: result.officialError,
    passed: result.passed,
    total: result.total,
    questions: result.questions.map((question) => {
      const at = question.counted?.start ?? question.headingPosition?.start ?? null
      return {
        number: question.number,
        words: question.words,
        wordRange: question.constraints.words ?? null,
        images: question.images,
        imageRange: question.constraints.images ?? null,
        pass: question.pass,
        estimated: question.estimated,
        unanswered: question.unanswered,
        line: at?.line ?? null,
        column: at?.column ?? null
      }
    }),
    messages: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      official: finding.official,
      question: finding.question,
      line: finding.start.line,
      column: finding.start.column,
      endLine: finding.end.line,
      endColumn: finding.end.column,
      message: finding.message,
      note: finding.note ?? null
    }))
  }
}
