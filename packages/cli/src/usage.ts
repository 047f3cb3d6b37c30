export class UsageError extends Error {
  override name = 'UsageError'
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && (error.name === 'UsageError' || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS') === true)
}

export const usage = `Usage: mlops-report <command> [options]

Commands:
  check [paths…]      Check reports as the course's report.py does, with positions.
                      A folder means its README.md. Default: reports/README.md, else README.md.
  html [path]         Write a standalone HTML page of a report.

check options:
  --format <f>        text (default), json or github (GitHub Actions annotations)
  --constraints <c>   official (default: the course's tables) or text (read from each question)
  --generation <g>    check as the 31- or 27-question template instead of detecting it
  --quiet             only errors, no warnings
  --verbose           also list every question's figures

html options:
  -o, --output <file> where to write (default: report.html next to the report; - for stdout)

  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 when every report passes every official constraint, 1 when any fails
or the course checker would stop, 2 for a usage error or an unreadable path.`
