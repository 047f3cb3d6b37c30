import {parseArgs} from 'node:util'
import {describeVersions, parsePythonMarkdownVersion} from '@mlops-report/handin-markdown/versions'
import {buildSite, normalizeBaseUrl, SiteInputError} from './build-site.js'
import {isGlobPattern} from '@mlops-report/report-files'

const usage = `Usage: mlops-report-site [reports…] --out <dir> [--base-url </repo/>] [--url <origin>] [--title <title>]
                         [--compare-with <earlier reports>]…

Builds a static site of course reports: one report's page at the base URL, or for
several an index there with a page per report and a page per question (every
group's answer to it). A folder means its reports/README.md (a repository clone),
else its README.md; quote globs ('groups/*/reports') to let them match folders of clones.

  --out <dir>        where the site goes (default: build): a new or empty folder, or one
                     an earlier build made; it is replaced whole
  --base-url <path>  the path the site is served from, e.g. /group-7/ (default: /)
  --url <origin>     the site's origin, e.g. https://you.github.io (default: https://example.org)
  --title <title>    the site's title (default: Course report, or Course reports)
  --compare-with <path or glob>
                     earlier reports (last year's) to compare every answer with, as
                     the reports are compared with each other: a shared passage is
                     marked on the pages and counted in the index; repeatable, quote globs
  --python-markdown <version>
                     the Python-Markdown release the graders' hand-in is judged and
                     shown under: 3.7 (default: the course's grading tools pin it),
                     3.10 (what pip installs today) or 3.4-debian (Debian 12's package)
  -h, --help         show this help

Default report: reports/README.md.`

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(`mlops-report-site: ${(error as Error).message}\n${usage}\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const reports = positionals.length > 0 ? positionals : ['reports']
  const outDir = values.out ?? 'build'
  const baseUrl = normalizeBaseUrl(values['base-url'] ?? '/')
  let pythonMarkdown: ReturnType<typeof parsePythonMarkdownVersion>
  try {
    pythonMarkdown = parsePythonMarkdownVersion(values['python-markdown'])
  } catch {
    process.stderr.write(`mlops-report-site: --python-markdown must be ${describeVersions()}, not "${values['python-markdown']}"\n`)
    return 2
  }
  try {
    await buildSite({
      reports,
      outDir,
      baseUrl,
      url: values.url ?? 'https://example.org',
      pythonMarkdown,
      compareWith: values['compare-with'] ?? [],
      title: values.title ?? (reports.length > 1 || reports.some(isGlobPattern) ? 'Course reports' : 'Course report')
    })
  } catch (error) {
    if (error instanceof SiteInputError) {
      process.stderr.write(`mlops-report-site: ${error.message}\n`)
      return 2
    }
    process.stderr.write(`mlops-report-site: the build failed: ${causes(error as Error)}\n`)
    return 1
  }
  // Docusaurus's last line suggests `npm run serve`, which a student's repository does not have.
  process.stdout.write(`mlops-report-site: the site is in ${outDir}/, to be served at ${baseUrl} (GitHub Pages serves the folder as it is)\n`)
  return 0
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: {type: 'string', short: 'o'},
      'base-url': {type: 'string'},
      url: {type: 'string'},
      title: {type: 'string'},
      'python-markdown': {type: 'string'},
      'compare-with': {type: 'string', multiple: true},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
}

/** Docusaurus wraps the reason in causes ("Unable to build website for locale en." ← the plugin's message). */
function causes(error: Error): string {
  const messages: string[] = []
  for (let current: unknown = error; current instanceof Error && messages.length < 5; current = current.cause) messages.push(current.message.trim())
  return messages.join('\n  because: ')
}
