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
  const uncommitted = result.findings.filter((finding) => finding.ruleId === 'image-uncommitted').length
  if (uncommitted > 0) parts.push(`${uncommitted} ${uncommitted === 1 ? 'figure is' : 'figures are'} not in the commit`)
  // Other errors the course checker does not count (handin-hangs, …), by rule: the lines above say what each is.
  const otherErrors = new Map<string, number>()
  for (const finding of result.findings) {
    if (finding.severity !== 'error' || finding.official || finding.ruleId === 'image-uncommitted') continue
    otherErrors.set(finding.ruleId, (otherErrors.get(finding.ruleId) ?? 0) + 1)
  }
  for (const [rule, count] of otherErrors) parts.push(`${count} ${rule} ${count === 1 ? 'error' : 'errors'}`)
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
