/**
 * What a hook prints when it refuses a commit: which report, which questions,
 * what to do, and the way around it. The findings above it give the lines.
 */

import type {CheckResult} from '@mlops-report/core'

function problems(result: CheckResult, strict: boolean): string {
  if (result.officialError !== null) return `the course checker stops on it (${result.officialError})`
  const parts: string[] = []
  const failing = result.questions.filter((question) => question.pass === false).map((question) => question.number)
  if (failing.length > 0)
    parts.push(`${failing.length === 1 ? 'question' : 'questions'} ${failing.join(', ')} ${failing.length === 1 ? 'fails' : 'fail'} the course checker`)
  const errors = result.findings.filter((finding) => finding.ruleId === 'image-uncommitted').length
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'figure is' : 'figures are'} not in the commit`)
  const warnings = result.findings.filter((finding) => finding.severity === 'warning').length
  if (strict && warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (--strict)`)
  return parts.join('; ')
}

export function refusal(refused: ReadonlyArray<{path: string; result: CheckResult}>, strict: boolean): string {
  const lines = ['', 'mlops-report: commit refused.']
  for (const {path, result} of refused) lines.push(`  ${path}: ${problems(result, strict)}.`)
  lines.push(
    '  The lines above say where and by how much. Fix them, `git add` the report and its figures, and commit again.',
    '  To commit anyway (the graders will see the same failures): git commit --no-verify'
  )
  return lines.join('\n')
}
