/**
 * Which markdown reports the plugin's paths and globs name (`reports`, and
 * `compareWith`'s earlier reports).
 */

import {relative, resolve, sep} from 'node:path'
import {Globby} from '@docusaurus/utils'
import {isMarkdownPath, isReportInputError, resolveReportPath} from '@mlops-report/report-files'
import {PluginInputError} from './load-report.js'

const GLOB = /[*?[\]{}!]/

export interface FoundReports {
  /** Absolute paths of markdown files, each once; `fromGlob` when only a glob named it. */
  found: Array<{source: string; file: string; fromGlob: boolean}>
  /** What a glob matched that is no markdown report: never read further. */
  skipped: Array<{source: string; reason: string}>
}

/**
 * Every report the option names, each shown (in messages, as `source`)
 * relative to `sourceDir`. A path that names no markdown report stops
 * the build with the reason; a glob's match that is none (a folder without
 * one, a CSV of grades beside the clones) is skipped, so that nothing but
 * reports is ever published.
 */
export async function findReports(siteDir: string, patterns: string[], sourceDir = siteDir, option = 'reports'): Promise<FoundReports> {
  const found = new Map<string, {source: string; fromGlob: boolean}>()
  const skipped: FoundReports['skipped'] = []
  const shown = (path: string) => relative(sourceDir, path).split(sep).join('/')
  for (const pattern of patterns) {
    const fromGlob = GLOB.test(pattern)
    let matches: string[]
    if (fromGlob) {
      matches = (await Globby(pattern, {cwd: siteDir, absolute: true, onlyFiles: false, followSymbolicLinks: false})).sort()
      if (matches.length === 0)
        throw new PluginInputError(
          `${option}: "${shown(resolve(siteDir, pattern))}" matches nothing${sourceDir === siteDir ? ` (relative to ${siteDir})` : ''}`
        )
    } else {
      matches = [resolve(siteDir, pattern)]
    }
    for (const match of matches) {
      let file: string
      try {
        file = resolve(resolveReportPath(match))
      } catch (error) {
        if (!isReportInputError(error)) throw error
        if (!fromGlob) throw new PluginInputError(`${option}: ${error.message}`)
        skipped.push({source: shown(match), reason: 'a folder with no reports/README.md or README.md'})
        continue
      }
      if (!isMarkdownPath(file)) {
        if (!fromGlob) throw new PluginInputError(`${option}: ${shown(match)}: not a markdown file; only course reports are published`)
        skipped.push({source: shown(match), reason: 'not a markdown file'})
        continue
      }
      const known = found.get(file)
      if (!known) found.set(file, {source: shown(file), fromGlob})
      else if (!fromGlob) known.fromGlob = false
    }
  }
  return {found: [...found].map(([file, {source, fromGlob}]) => ({source, file, fromGlob})), skipped}
}
