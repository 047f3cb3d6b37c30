import {checkReport, type CheckOptions, type CheckResult} from '@mlops-report/core'
import {formatGithub} from './format-github.js'
import {toJson} from './format-json.js'
import {formatQuestionTable, formatText} from './format-text.js'
import {defaultReportPath, isReportInputError, readReport} from '@mlops-report/report-files'
import {UsageError} from './usage.js'

export interface CheckCommandOptions extends Pick<CheckOptions, 'constraints' | 'generation'> {
  format: 'text' | 'json' | 'github'
  quiet: boolean
  verbose: boolean
}

/** What the process running the CLI does around a check (see main). */
export interface CheckHooks {
  /** Called once before checking more than one report. */
  batchStarting?: () => void
}

export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

function passesEverything(result: CheckResult): boolean {
  return result.officialError === null && result.questions.every((question) => question.pass === true)
}

/** Checks every path in one process; returns the exit status. */
export function runCheck(paths: string[], options: CheckCommandOptions, io: Output, hooks: CheckHooks = {}): number {
  const targets = paths.length > 0 ? paths : [defaultReportPath()]
  if (targets.length > 1) hooks.batchStarting?.()
  const json: unknown[] = []
  let unreadable = 0
  let failing = 0
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index]!
    let report
    try {
      report = readReport(target)
    } catch (error) {
      if (!isReportInputError(error)) throw error
      io.err(`mlops-report: ${error.message}`)
      if (options.format === 'json') json.push({file: target, error: error.message})
      unreadable++
      continue
    }
    const checkOptions: CheckOptions = {files: report.files}
    if (options.constraints) checkOptions.constraints = options.constraints
    if (options.generation) checkOptions.generation = options.generation
    const full = checkReport(report.text, checkOptions)
    const result = options.quiet ? {...full, findings: full.findings.filter((finding) => finding.severity === 'error')} : full
    if (!passesEverything(result)) failing++
    if (options.format === 'json') json.push(toJson(report.path, result))
    else if (options.format === 'github') io.out(formatGithub(report.path, result))
    else {
      io.out(formatText(report.path, result))
      if (options.verbose) io.out(formatQuestionTable(result))
    }
  }
  if (options.format === 'json') io.out(JSON.stringify(json, null, 2))
  else if (options.format === 'text' && targets.length > 1) {
    const checked = targets.length - unreadable
    const cannotRead = unreadable > 0 ? `; ${unreadable} could not be read` : ''
    io.out(`${checked} reports checked: ${checked - failing} pass every official constraint, ${failing} do not${cannotRead}`)
  }
  if (unreadable > 0) return 2
  return failing > 0 ? 1 : 0
}

export function parseFormat(value: string | undefined): CheckCommandOptions['format'] {
  if (value === undefined || value === 'text' || value === 'json' || value === 'github') return value ?? 'text'
  throw new UsageError(`--format must be text, json or github, not "${value}"`)
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
