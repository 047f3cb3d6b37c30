import {
  checkReport,
  type CheckOptions,
  type CheckResult,
  describePythonMarkdownVersions,
  parsePythonMarkdownVersion,
  type PythonMarkdownVersion,
  reportPasses
} from '@mlops-report/core'
import {formatGithub} from './format-github.js'
import {toJson} from './format-json.js'
import {type SarifInput, toSarif} from './format-sarif.js'
import {formatQuestionTable, formatText} from './format-text.js'
import {defaultReportPath, isReportInputError, readReport, type ReportFile, repositorySnapshotOf} from '@mlops-report/report-files'
import {UsageError} from './usage.js'
import {refusal} from './refusal.js'
import {ownVersion} from './version.js'

export interface CheckCommandOptions extends Pick<CheckOptions, 'constraints' | 'generation' | 'pythonMarkdown'> {
  format: 'text' | 'json' | 'github' | 'sarif'
  quiet: boolean
  verbose: boolean
  /** Check what is staged for the next commit (the hooks), and say why a commit is refused. */
  staged?: boolean
  /** Warnings fail too. */
  strict?: boolean
}

/** What the process running the CLI does around a check (see main). */
export interface CheckHooks {
  /** Called once before checking more than one report. */
  batchStarting?: () => void
  /** Called with each report's result, after it is written out. */
  onResult?: (path: string, result: CheckResult) => void
  /** Called for each report that could not be read, after the message is written out. */
  onUnreadable?: (path: string, message: string) => void
}

export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

/** Whether a report fails: an official failure, an error of ours, or with `strict` any warning (an `info` finding never). */
export function fails(result: CheckResult, strict = false): boolean {
  if (!reportPasses(result)) return true
  return result.findings.some((finding) => finding.severity === 'error' || (strict && finding.severity === 'warning'))
}

/** A report to check: its path as shown, and how to read it (from disk, or from git's index). */
export interface CheckTarget {
  path: string
  read: () => ReportFile & Pick<CheckOptions, 'uncommitted'>
}

/** Checks every path on disk in one process (globs already expanded: see main); returns the exit status. */
export function runCheck(paths: string[], options: CheckCommandOptions, io: Output, hooks: CheckHooks = {}): number {
  const targets = (paths.length > 0 ? paths : [defaultReportPath()]).map((path): CheckTarget => ({path, read: () => readReport(path)}))
  return runCheckOn(targets, options, io, hooks)
}

/** Checks every target in one process; returns the exit status. */
export function runCheckOn(targets: CheckTarget[], options: CheckCommandOptions, io: Output, hooks: CheckHooks = {}): number {
  if (targets.length > 1) hooks.batchStarting?.()
  const json: unknown[] = []
  // SARIF is one log for every report; like JSON it is written once all are checked.
  const sarif: Pick<SarifInput, 'checked' | 'unreadable'> = {checked: [], unreadable: []}
  const refused: Array<{path: string; result: CheckResult}> = []
  let unreadable = 0
  let failing = 0
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index]!
    let report: ReturnType<CheckTarget['read']>
    try {
      report = target.read()
    } catch (error) {
      if (!isReportInputError(error)) throw error
      io.err(`mlops-report: ${error.message}`)
      if (options.format === 'json') json.push({file: target.path, error: error.message})
      if (options.format === 'sarif') sarif.unreadable.push({path: target.path, message: error.message})
      hooks.onUnreadable?.(target.path, error.message)
      unreadable++
      continue
    }
    // Neither the lines nor the JSON show mends: not built.
    const checkOptions: CheckOptions = {files: report.files, mends: false}
    if (report.uncommitted) checkOptions.uncommitted = report.uncommitted
    // The ticks held against the repository whose index holds the report, read only for a report with one.
    checkOptions.repository = () => repositorySnapshotOf(report.path)
    if (options.constraints) checkOptions.constraints = options.constraints
    if (options.generation) checkOptions.generation = options.generation
    if (options.pythonMarkdown) checkOptions.pythonMarkdown = options.pythonMarkdown
    const full = checkReport(report.text, checkOptions)
    // A hook is handed every staged README.md; a project's own is not a report.
    if (options.staged && !full.isReport) continue
    const result = options.quiet ? {...full, findings: full.findings.filter((finding) => finding.severity === 'error')} : full
    if (fails(full, options.strict)) {
      failing++
      // Kept only for a hook's refusal: a teacher's batch lets each result go once it is written.
      if (options.staged) refused.push({path: report.path, result: full})
    }
    if (options.format === 'json') json.push(toJson(report.path, result))
    else if (options.format === 'sarif') sarif.checked.push({path: report.path, result})
    else if (options.format === 'github') io.out(formatGithub(report.path, result))
    else {
      io.out(formatText(report.path, result, {notes: options.staged === true}))
      if (options.verbose) io.out(formatQuestionTable(result))
    }
    hooks.onResult?.(report.path, full)
  }
  if (options.staged && refused.length > 0) io.err(refusal(refused, options.strict === true))
  if (options.format === 'json') io.out(JSON.stringify(json, null, 2))
  else if (options.format === 'sarif') io.out(JSON.stringify(toSarif({...sarif, root: process.cwd(), version: ownVersion()}), null, 2))
  else if (options.format === 'text' && targets.length > 1 && !options.staged) {
    const checked = targets.length - unreadable
    const cannotRead = unreadable > 0 ? `; ${unreadable} could not be read` : ''
    io.out(`${checked} reports checked: ${checked - failing} pass every official constraint, ${failing} do not${cannotRead}`)
  }
  if (unreadable > 0) return 2
  return failing > 0 ? 1 : 0
}

export function parseFormat(value: string | undefined): CheckCommandOptions['format'] {
  if (value === undefined || value === 'text' || value === 'json' || value === 'github' || value === 'sarif') return value ?? 'text'
  throw new UsageError(`--format must be text, json, github or sarif, not "${value}"`)
}

export function parseConstraints(value: string | undefined): CheckOptions['constraints'] {
  if (value === undefined || value === 'official' || value === 'text') return value
  throw new UsageError(`--constraints must be official or text, not "${value}"`)
}

export function parseGeneration(value: string | undefined): CheckOptions['generation'] {
  if (value === undefined) return undefined
  if (value === '31' || value === '27') return Number(value) as 31 | 27
  throw new UsageError(`--generation must be 31 or 27, not "${value}"`)
}

/** `--python-markdown`: a release name, or the default when not given. */
export function parsePythonMarkdown(value: string | undefined): PythonMarkdownVersion {
  try {
    return parsePythonMarkdownVersion(value)
  } catch {
    throw new UsageError(`--python-markdown must be ${describePythonMarkdownVersions()}, not "${value}"`)
  }
}
