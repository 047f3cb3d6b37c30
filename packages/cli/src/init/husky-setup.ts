/**
 * The husky + lint-staged route, for a repository that already lives in Node
 * (or asks for it): devDependencies and a `prepare` script in package.json,
 * lint-staged's task, `.husky/pre-commit`, and `.remarkrc.mjs` so editors
 * with a remark extension show the same findings.
 */

import type {FileChange} from './file-changes.js'
import {ConfigError} from './pre-commit-config.js'

/** Staged reports and figures; a project's other README.md files are read and pass. */
export const lintStagedPattern = '{README.md,*.{png,jpg,jpeg,PNG,JPG,JPEG}}'
export const lintStagedCommand = 'mlops-report check --staged'

export interface HuskyVersions {
  /** The range for `mlops-report` itself, e.g. `^0.1.0`. */
  mlopsReport: string
}

const toolVersions = {husky: '^9.1.7', 'lint-staged': '^16.4.0'}

type Json = {[key: string]: unknown}

function indentOf(text: string): string | number {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? 2
}

/** What package.json needs; unchanged (same text) when it has it all. */
export function packageJsonChange(before: string | null, versions: HuskyVersions, force: boolean): {text: string; added: string[]; kept: string[]} {
  let manifest: Json
  try {
    manifest = before === null ? {private: true} : (JSON.parse(before) as Json)
  } catch (error) {
    throw new ConfigError(`package.json: not valid JSON (${(error as Error).message}); fix it first`)
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new ConfigError('package.json: not a JSON object')
  const added: string[] = []
  const kept: string[] = []
  const section = (name: string): Json => {
    const value = manifest[name]
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))
      throw new ConfigError(`package.json: "${name}" is not an object`)
    if (value === undefined) manifest[name] = {}
    return manifest[name] as Json
  }
  const devDependencies = section('devDependencies')
  const dependencies = (manifest.dependencies ?? {}) as Json
  for (const [name, range] of Object.entries({
    'mlops-report': versions.mlopsReport,
    'remark-preset-lint-mlops-report': versions.mlopsReport,
    ...toolVersions
  })) {
    if (devDependencies[name] === undefined && dependencies[name] === undefined) {
      devDependencies[name] = range
      added.push(`devDependency ${name}@${range}`)
    }
  }
  const scripts = section('scripts')
  if (scripts.prepare === undefined || (force && !String(scripts.prepare).includes('husky'))) {
    scripts.prepare = 'husky'
    added.push('script prepare: husky')
  } else if (!String(scripts.prepare).includes('husky')) {
    kept.push(`script prepare is "${String(scripts.prepare)}": add \`husky\` to it (or use --force to replace it)`)
  }
  const lintStaged = section('lint-staged')
  const tasks = Object.values(lintStaged).flat()
  if (!tasks.some((task) => typeof task === 'string' && task.startsWith('mlops-report check'))) {
    lintStaged[lintStagedPattern] = lintStagedCommand
    added.push(`lint-staged task "${lintStagedPattern}": ${lintStagedCommand}`)
  }
  if (added.length === 0) return {text: before ?? '', added, kept}
  const trailing = before === null || before.endsWith('\n') ? '\n' : ''
  return {text: JSON.stringify(manifest, null, before === null ? 2 : indentOf(before)) + trailing, added, kept}
}

export const huskyHook = 'lint-staged\n'

/** `.husky/pre-commit` with lint-staged in it: created, or the line added to the hook that is there. */
export function huskyHookChange(before: string | null): FileChange | null {
  if (before === null) return {path: '.husky/pre-commit', before, after: huskyHook, summary: 'runs lint-staged before each commit', executable: true}
  if (/(^|\s)lint-staged(\s|$)/.test(before)) return null
  const separator = before === '' || before.endsWith('\n') ? '' : '\n'
  return {path: '.husky/pre-commit', before, after: `${before}${separator}${huskyHook}`, summary: 'adds lint-staged to the existing hook'}
}

export const remarkConfig =
  "// Editors with a remark extension (vscode-remark) show the report's findings as you type.\nexport default {plugins: ['remark-preset-lint-mlops-report']}\n"
