/**
 * The GitHub Action (action.yml at the repository's root): checks the
 * reports, annotates the pull request with every finding, writes a table per
 * report to the job summary, and fails the job where the course checker
 * would fail the report. Inputs come as `INPUT_*` variables, as the runner
 * sets them.
 */

import {appendFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describePythonMarkdownVersions, parsePythonMarkdownVersion, type PythonMarkdownVersion} from '@mlops-report/core'
import {type Output, parseConstraints, runCheck} from './check-command.js'
import {formatSummary} from './format-summary.js'
import {type SarifInput, toSarif} from './format-sarif.js'
import {ownVersion} from './version.js'
import {needsExpanding} from '@mlops-report/report-files'
import {givenReports} from './given-paths.js'

function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = input(env, name).toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new Error(`input "${name}" must be true or false, not "${value}"`)
}

function pythonMarkdown(env: NodeJS.ProcessEnv): PythonMarkdownVersion | undefined {
  const value = input(env, 'python-markdown')
  if (value === '') return undefined
  try {
    return parsePythonMarkdownVersion(value)
  } catch {
    throw new Error(`input "python-markdown" must be ${describePythonMarkdownVersions()}, not "${value}"`)
  }
}

/**
 * With the `sarif` input, the findings as SARIF for `github/codeql-action/upload-sarif`:
 * written to the runner's temporary folder, its path given as the `sarif-file` output.
 */
function writeSarif(env: NodeJS.ProcessEnv, sarif: Pick<SarifInput, 'checked' | 'unreadable'>): void {
  const file = join(env.RUNNER_TEMP || tmpdir(), 'mlops-report.sarif')
  const log = toSarif({...sarif, root: env.GITHUB_WORKSPACE || process.cwd(), version: ownVersion()})
  writeFileSync(file, `${JSON.stringify(log, null, 2)}\n`)
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${file}\n`)
}

export function runAction(env: NodeJS.ProcessEnv, io: Output): number {
  const summaries: string[] = []
  const sarif: Pick<SarifInput, 'checked' | 'unreadable'> = {checked: [], unreadable: []}
  let status: number
  try {
    const wantsSarif = flag(env, 'sarif')
    const paths = input(env, 'path')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    status = runCheck(
      needsExpanding(paths) ? givenReports(paths, io) : paths,
      {
        format: 'github',
        constraints: parseConstraints(input(env, 'constraints') || undefined),
        pythonMarkdown: pythonMarkdown(env),
        quiet: false,
        verbose: false,
        strict: flag(env, 'strict')
      },
      io,
      {
        onResult: (path, result) => {
          summaries.push(formatSummary(path, result))
          if (wantsSarif) sarif.checked.push({path, result})
        },
        onUnreadable: (path, message) => sarif.unreadable.push({path, message})
      }
    )
    if (wantsSarif) writeSarif(env, sarif)
  } catch (error) {
    io.out(`::error title=mlops-report::${(error as Error).message}`)
    return 2
  }
  const summaryFile = env.GITHUB_STEP_SUMMARY
  if (summaryFile && summaries.length > 0) appendFileSync(summaryFile, `## mlops-report\n\n${summaries.join('\n')}`)
  return status
}
