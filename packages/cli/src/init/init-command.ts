/**
 * `mlops-report init [dir]`: sets a student's repository up so that a commit
 * whose report fails the course checker is refused. Where the pre-commit
 * framework is in use, our hook joins it; a repository with a package.json
 * gets husky + lint-staged; any other gets a new `.pre-commit-config.yaml`
 * (the course teaches the framework, and it brings Node itself).
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {defaultReportPaths, ReportInputError} from '@mlops-report/report-files'
import type {Output} from '../check-command.js'
import {UsageError} from '../usage.js'
import {ownVersion} from '../version.js'
import {applyChange, describeChange, type FileChange} from './file-changes.js'
import {huskyHookChange, packageJsonChange, remarkConfig} from './husky-setup.js'
import {addHook, ConfigError, hasHook, newPreCommitConfig, type HookSource} from './pre-commit-config.js'

export type Route = 'pre-commit' | 'husky'

export interface InitOptions {
  dryRun: boolean
  force: boolean
  route?: Route | undefined
  /** Where pre-commit fetches the hook from; defaults to this project's repository at this version's tag. */
  hookRepo?: string | undefined
  hookRev?: string | undefined
}

export const hookRepository = 'https://github.com/mlops-report/mlops-report'

export function parseRoute(value: string | undefined): Route | undefined {
  if (value === undefined || value === 'pre-commit' || value === 'husky') return value
  throw new UsageError(`--route must be pre-commit or husky, not "${value}"`)
}

function gitRoot(dir: string): string {
  if (!existsSync(dir)) throw new ReportInputError(`${dir}: no such folder`)
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], {cwd: dir, encoding: 'utf8'})
  if (result.error) throw new ReportInputError('git is not installed or not on PATH; init needs it')
  if (result.status !== 0) throw new ReportInputError(`${dir}: not inside a git repository (run \`git init\` first)`)
  return result.stdout.trim()
}

function read(root: string, path: string): string | null {
  try {
    return readFileSync(join(root, path), 'utf8')
  } catch {
    return null
  }
}

interface Plan {
  route: Route
  changes: FileChange[]
  /** Things left as they were, that the user may want to do by hand. */
  notes: string[]
  nextStep: string
}

function preCommitPlan(root: string, source: HookSource): Plan {
  const path = '.pre-commit-config.yaml'
  const before = read(root, path)
  const nextStep =
    'run `pre-commit install` once in this clone (`pip install pre-commit` first if you have not); from then on, a commit whose report fails is refused.'
  if (before === null)
    return {
      route: 'pre-commit',
      changes: [{path, before, after: newPreCommitConfig(source), summary: 'the pre-commit framework with the mlops-report hook'}],
      notes: [],
      nextStep
    }
  if (hasHook(before, path)) return {route: 'pre-commit', changes: [], notes: [], nextStep}
  return {route: 'pre-commit', changes: [{path, before, after: addHook(before, path, source), summary: 'adds the mlops-report hook'}], notes: [], nextStep}
}

function huskyPlan(root: string, force: boolean): Plan {
  const changes: FileChange[] = []
  const before = read(root, 'package.json')
  const range = `^${ownVersion()}`
  const manifest = packageJsonChange(before, {mlopsReport: range}, force)
  if (manifest.added.length > 0) {
    changes.push({
      path: 'package.json',
      before,
      after: manifest.text,
      summary: before === null ? `a private package.json: ${manifest.added.join('; ')}` : manifest.added.join('; ')
    })
  }
  const hook = huskyHookChange(read(root, '.husky/pre-commit'))
  if (hook) changes.push(hook)
  const notes = [...manifest.kept]
  const hasRemarkConfig = readdirSync(root).some((name) => name.startsWith('.remarkrc')) || before?.includes('"remarkConfig"')
  if (!hasRemarkConfig) changes.push({path: '.remarkrc.mjs', before: null, after: remarkConfig, summary: 'the mlops-report rules for editors (vscode-remark)'})
  else notes.push('a remark configuration exists: add `remark-preset-lint-mlops-report` to its plugins for editor squiggles')
  return {
    route: 'husky',
    changes,
    notes,
    nextStep: 'run `npm install` (its prepare script installs the hook with husky); from then on, a commit whose report fails is refused.'
  }
}

export function runInit(dir: string | undefined, options: InitOptions, io: Output): number {
  const root = gitRoot(dir ?? '.')
  const route: Route = options.route ?? (existsSync(join(root, '.pre-commit-config.yaml')) || !existsSync(join(root, 'package.json')) ? 'pre-commit' : 'husky')
  const source: HookSource = {repo: options.hookRepo ?? hookRepository, rev: options.hookRev ?? `v${ownVersion()}`}
  let plan: Plan
  try {
    plan = route === 'pre-commit' ? preCommitPlan(root, source) : huskyPlan(root, options.force)
  } catch (error) {
    if (error instanceof ConfigError) throw new ReportInputError(error.message)
    throw error
  }
  const report = defaultReportPaths.find((candidate) => existsSync(join(root, candidate)))
  io.out(`mlops-report init: ${root} (${route === 'pre-commit' ? 'the pre-commit framework' : 'husky + lint-staged'}; report: ${report ?? 'none found yet'})`)
  if (plan.changes.length === 0) {
    io.out('  nothing to change: the hook is already set up')
  } else if (options.dryRun) {
    for (const change of plan.changes) io.out(describeChange(change).replace(/^/, '  would '))
    io.out('  (dry run: nothing was written)')
  } else {
    for (const change of plan.changes) {
      applyChange(root, change)
      io.out(`  ${change.before === null ? 'created' : 'updated'} ${change.path}: ${change.summary}`)
    }
  }
  for (const note of plan.notes) io.out(`  left as it is: ${note}`)
  io.out(`Next: ${plan.nextStep}`)
  return 0
}
