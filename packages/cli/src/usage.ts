export class UsageError extends Error {
  override name = 'UsageError'
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && (error.name === 'UsageError' || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS') === true)
}

export const usage = `Usage: mlops-report <command> [options]

Commands:
  check [paths…]      Check reports as the course's report.py does, with positions.
                      A folder means its reports/README.md (a repository), else its
                      README.md. Default: reports/README.md, else README.md.
  html [path]         Write a standalone HTML page of a report: as GitHub shows it, with
                      the checker's verdict at each question and, where the graders'
                      page differs, both renderings side by side.
  fix [paths…]        Rewrite what the graders' hand-in would render differently from
                      GitHub so both agree (a blank line before a list, 4-space nesting,
                      <url> for bare URLs, fenced code as indented code, …), never
                      changing a count or verdict; lists what cannot be mended.
                      --dry-run prints the diff instead.
  course <group_info.csv | repository…> --out <dir>
                      A teacher's course in one run: each group's reports/ folder as it
                      stood at --deadline (default: now), judged, with the hand-in
                      (report.html) and a summary.json / summary.csv of the figures the
                      course's scraper records, and questions.csv (a row per group and
                      question, for grading). --compare-with <report or 'glob'>
                      (repeatable) also compares the answers as similar does (similar.json). Repositories
                      are mirrored in <dir>/.cache; nothing of them runs. Exit 1 when a
                      group could not be judged.
  similar <reports…>  For each question, the answers of different reports that share a
                      long passage (what a copy with a few words changed still shares);
                      --compare-with <report or 'glob'> (repeatable) adds earlier
                      reports to compare with; --format text (default) or json.
  init [dir]          Set up the git hook that refuses a commit whose report fails:
                      adds it to .pre-commit-config.yaml, or sets up husky +
                      lint-staged where there is a package.json, or writes a new
                      .pre-commit-config.yaml. Safe to run again.

check options:
  --format <f>        text (default), json, github (GitHub Actions annotations) or sarif (code scanning)
  --constraints <c>   official (default: the course's tables) or text (read from each question)
  --generation <g>    check as the 31- or 27-question template instead of detecting it
  --quiet             only errors, no warnings
  --verbose           also list every question's figures
  --staged            check what is staged for the next commit (for git hooks): the
                      report from git's index, figures among the files the commit
                      holds; paths may be reports or figures (a figure means the
                      nearest README.md above it); files that are no report pass
  --strict            fail on warnings too

check, html and fix options:
  --python-markdown <v>  the Python-Markdown release the graders' hand-in is judged and
                      rendered under: 3.7 (default: the course's grading tools pin it),
                      3.10 (what pip installs today) or 3.4-debian (Debian 12's package)

html options:
  -o, --output <file> where to write (default: report.html next to the report, handin.html
                      with --handin; - for stdout)
  --handin            write the graders' page instead: what the course's report.py html
                      writes (under --python-markdown's release, no extensions), byte for byte

course options:
  --out <dir>         where everything goes: a new folder, or one an earlier run made
  --deadline <time>   ISO 8601 with its offset, e.g. 2026-01-23T23:59:00+01:00 (default: now)
  --jobs <n>          groups fetched and judged at once (default: twice the cores, at most 8)
  --verbose           a line per group also when not on a terminal

init and fix options:
  --dry-run           show what would change, write nothing
  --force             replace a prepare script that is not husky's
  --route <r>         pre-commit or husky instead of the one chosen for the repository
  --hook-repo <url>   where pre-commit fetches the hook (default: this project's repository)
  --hook-rev <rev>    the tag or commit to use (default: this version's tag)

  -h, --help          show this help
  -v, --version       show the version

Each command takes only its own options: another command's is refused, named.

Exit status: 0 when every report passes every official constraint, 1 when any fails,
the course checker would stop, the graders' report.py html would never finish (under
--python-markdown 3.4-debian), or a figure is not committed (--staged); 2 for a usage
error or an unreadable path.`
