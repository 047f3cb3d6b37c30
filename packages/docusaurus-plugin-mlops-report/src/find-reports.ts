/**
 * Which markdown reports the plugin's paths and globs name (`reports`, and
 * `compareWith`'s earlier reports), read as every command of mlops-report
 * reads them.
 */

import {relative, resolve, sep} from 'node:path'
import {expandReportPaths, isMarkdownPath, isNegation, isReportInputError, resolveReportPath, unmatchedGlobMessage} from '@mlops-report/report-files'
import {PluginInputError} from './load-report.js'

export interface FoundReports {
  /** Absolute paths of markdown files, each once; `fromGlob` when only a glob named it. */
  found: Array<{source: string; file: string; fromGlob: boolean}>
  /** What a glob matched that is no markdown report: never read further. */
  skipped: Array<{source: string; reason: string}>
  /** A line for each glob that matched nothing, its pattern shown as the user wrote it. */
  unmatched: string[]
}

/**
 * Every report the option names, each shown (in messages, as `source`)
 * relative to `sourceDir`. A path that names no markdown report stops
 * the build with the reason; a glob's match that is none (a folder without
 * one, a CSV of grades beside the clones) is skipped, so that nothing but
 * reports is ever published.
 */
export function findReports(siteDir: string, patterns: string[], sourceDir = siteDir, option = 'reports', instead = 'left out'): FoundReports {
  const shown = (path: string) => relative(sourceDir, path).split(sep).join('/')
  const shownPattern = (pattern: string) => (isNegation(pattern) ? `!${shown(resolve(siteDir, pattern.slice(1)))}` : shown(resolve(siteDir, pattern)))
  const expanded = expandReportPaths(patterns, siteDir)
  const found = expanded.paths.map(({path, fromGlob}) => {
    if (!fromGlob) {
      try {
        resolveReportPath(path)
      } catch (error) {
        if (!isReportInputError(error)) throw error
        throw new PluginInputError(`${option}: ${error.message}`)
      }
      if (!isMarkdownPath(path)) throw new PluginInputError(`${option}: ${shown(path)}: not a markdown file; only course reports are published`)
    }
    return {source: shown(path), file: path, fromGlob}
  })
  const relativeTo = sourceDir === siteDir ? `(relative to ${siteDir})` : ''
  return {
    found,
    skipped: expanded.skipped.map((entry) => ({source: shown(resolve(siteDir, entry.shown)), reason: entry.reason})),
    unmatched: expanded.unmatched.map((pattern) => `${option}: ${unmatchedGlobMessage(shownPattern(pattern), instead, relativeTo)}`)
  }
}
