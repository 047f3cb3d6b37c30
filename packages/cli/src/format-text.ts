import {describeFigures, type CheckResult} from '@mlops-report/core'

/** `path:line:column  severity  message  rule-id`, then the checker's own total. */
export function formatText(path: string, result: CheckResult): string {
  const lines = result.findings.map(
    (finding) => `${path}:${finding.start.line}:${finding.start.column}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`
  )
  lines.push(summaryLine(path, result))
  return lines.join('\n')
}

export function summaryLine(path: string, result: CheckResult): string {
  const checked = result.checkedAs === 'text' ? 'constraints read from the report' : `${result.checkedAs}-question template`
  if (result.officialError) {
    return `${path}: the course checker stops (${result.officialError}); of the questions that can be found, ${result.passed}/${result.total} pass (${checked})`
  }
  return `${path}: passed ${result.passed}/${result.total} (${checked})`
}

/** A table of every question, for `--verbose`. */
export function formatQuestionTable(result: CheckResult): string {
  return result.questions
    .map((question) => {
      const status = question.pass === null ? 'not found' : question.pass ? 'pass' : 'FAIL'
      return `  Q${String(question.number).padStart(2)}  ${status.padEnd(9)}  ${describeFigures(question)}`
    })
    .join('\n')
}
