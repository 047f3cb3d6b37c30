/**
 * Runs the core once per file and option set, however many rules ask: every
 * rule presents its own share of the same result.
 */

import {resolve} from 'node:path'
import {checkReport, type CheckOptions, type CheckResult} from '@mlops-report/core'
import {fileLookupBeside, repositorySnapshotOf} from '@mlops-report/report-files'
import type {VFile} from 'vfile'
import type {RuleOptions} from './options.js'

const results = new WeakMap<VFile, Map<string, CheckResult>>()

export function coreResult(file: VFile, options: RuleOptions): CheckResult {
  const key = `${options.constraints ?? 'official'}:${options.generation ?? 'detected'}:${options.pythonMarkdown ?? 'default'}`
  let byOptions = results.get(file)
  if (!byOptions) {
    byOptions = new Map()
    results.set(file, byOptions)
  }
  let result = byOptions.get(key)
  if (!result) {
    const checkOptions: CheckOptions = {}
    if (options.constraints) checkOptions.constraints = options.constraints
    if (options.generation) checkOptions.generation = options.generation
    if (options.pythonMarkdown) checkOptions.pythonMarkdown = options.pythonMarkdown
    // Files beside the report can only be listed for a file on disk. unified-engine makes the
    // path relative to its `cwd`, which an editor's server sets to the workspace, not its own.
    if (file.path) {
      const path = resolve(file.cwd, file.path)
      checkOptions.files = fileLookupBeside(path)
      // The ticks held against the repository whose index holds the file (none outside one).
      checkOptions.repository = () => repositorySnapshotOf(path)
    }
    result = checkReport(String(file), checkOptions)
    byOptions.set(key, result)
  }
  file.data.mlopsReport = result
  return result
}
