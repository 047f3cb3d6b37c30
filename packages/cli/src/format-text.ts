import {describeFigures, type CheckResult} from '@mlops-report/core'

/**
 * `path:line:column  severity  message  rule-id`, then the checker's own
 * total. With `notes`, each error is followed by what to do about it.
 */
export function formatText(path: string, result: CheckResult, {notes = false} = {}): string {
  const lines: string[] = []
  // An indexed loop: this runs once per report, before V8 optimises it, where `for…of` costs far more a step.
  for (let index = 0; index < result.findings.length; index++) {
    const finding = result.findings[index]!
    lines.push(`${path}:${finding.start.line}:${finding.start.column}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`)
    if (notes && finding.severity === 'error' && finding.note) lines.push(`    → ${finding.note}`)
  }
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
