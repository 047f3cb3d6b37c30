import type {CheckResult, Severity} from '@mlops-report/core'

/** GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub's workflow command for each severity: an `info` finding is a notice. */
const workflowCommand: Record<Severity, 'error' | 'warning' | 'notice'> = {error: 'error', warning: 'warning', info: 'notice'}

export function formatGithub(path: string, result: CheckResult): string {
  const lines = result.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(path)}`,
      `line=${finding.start.line}`,
      `col=${finding.start.column}`,
      `endLine=${finding.end.line}`,
      `endColumn=${finding.end.column}`,
      `title=${escapeProperty(finding.ruleId)}`
    ].join(',')
    const text = finding.note ? `${finding.message}\n${finding.note}` : finding.message
    return `::${workflowCommand[finding.severity]} ${properties}::${escapeData(text)}`
  })
  const summary = result.officialError ? `the course checker stops: ${result.officialError}` : `passed ${result.passed}/${result.total}`
  lines.push(`::notice file=${escapeProperty(path)},title=mlops-report::${escapeData(summary)}`)
  return lines.join('\n')
}
