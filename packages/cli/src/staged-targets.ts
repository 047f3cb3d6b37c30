/**
 * Which reports a commit touches. Hooks pass the staged files that matched
 * their filter: a report itself, or a figure, whose report is the nearest
 * README.md above it in the repository. A project's own README.md is passed
 * too and found not to be a report when it is read. Loaded only for
 * `check --staged`, so that a plain check does not load git's plumbing.
 */

import {dirname, extname, join, relative, resolve} from 'node:path'
import {defaultReportPaths, isDirectory, StagedRepository} from '@mlops-report/report-files'
import type {CheckTarget} from './check-command.js'

export interface StagedTarget {
  repository: StagedRepository
  /** As the user will recognise it: relative to the working folder. */
  path: string
}

const MARKDOWN = new Set(['.md', '.markdown'])

function shown(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside === '' || inside.startsWith('..') ? path : inside
}

/** The README.md nearest above a file, within its repository, that the index has. */
function reportAbove(repository: StagedRepository, file: string): string | null {
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'README.md')
    if (repository.isStaged(repository.repositoryPath(candidate))) return candidate
    if (relative(repository.root, folder) === '' || folder === dirname(folder)) return null
  }
}

/** The reports that `paths` stand for, each once; the default report when none are given. */
export function stagedTargets(paths: string[]): StagedTarget[] {
  const repositories = new Map<string, StagedRepository>()
  const repositoryOf = (path: string) => {
    const repository = StagedRepository.containing(path)
    const known = repositories.get(repository.root)
    if (known) return known
    repositories.set(repository.root, repository)
    return repository
  }
  if (paths.length === 0) {
    const repository = repositoryOf('.')
    for (const candidate of defaultReportPaths) {
      if (repository.isStaged(repository.repositoryPath(candidate))) return [{repository, path: candidate}]
    }
    return []
  }
  const targets = new Map<string, StagedTarget>()
  for (const path of paths) {
    const repository = repositoryOf(path)
    let report: string | null
    if (isDirectory(path)) report = join(path, 'README.md')
    else if (MARKDOWN.has(extname(path).toLowerCase())) report = path
    else report = reportAbove(repository, path)
    if (report === null) continue
    const key = resolve(report)
    if (!targets.has(key)) targets.set(key, {repository, path: shown(key)})
  }
  return [...targets.values()]
}

/** What `check --staged` checks: each report as the index has it. */
export function stagedCheckTargets(paths: string[]): CheckTarget[] {
  return stagedTargets(paths).map(({repository, path}) => ({path, read: () => repository.readStaged(path)}))
}
