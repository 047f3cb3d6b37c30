/**
 * From the plugin's options to every report's page data: which reports the
 * paths and globs name, their addresses, and the loading itself.
 */

import {dirname, relative, resolve, sep} from 'node:path'
import {Globby, normalizeUrl} from '@docusaurus/utils'
import {isMarkdownPath, isReportInputError, resolveReportPath} from '@mlops-report/report-files'
import {SegmentCache} from '@mlops-report/report-html'
import {naturalOrder} from '@mlops-report/core'
import {checkSiteReport, type LoadedContent, loadReport, PluginInputError} from './load-report.js'
import type {PluginOptions} from './options.js'

const GLOB = /[*?[\]{}!]/

export interface FoundReports {
  /** Absolute paths of markdown files, each once; `fromGlob` when only a glob named it. */
  found: Array<{source: string; file: string; fromGlob: boolean}>
  /** What a glob matched that is no markdown report: never read further. */
  skipped: Array<{source: string; reason: string}>
}

/**
 * Every report the option names. A path that names no markdown report stops
 * the build with the reason; a glob's match that is none (a folder without
 * one, a CSV of grades beside the clones) is skipped, so that nothing but
 * reports is ever published.
 */
export async function findReports(siteDir: string, patterns: string[], sourceDir = siteDir): Promise<FoundReports> {
  const found = new Map<string, {source: string; fromGlob: boolean}>()
  const skipped: FoundReports['skipped'] = []
  const shown = (path: string) => relative(sourceDir, path).split(sep).join('/')
  for (const pattern of patterns) {
    const fromGlob = GLOB.test(pattern)
    let matches: string[]
    if (fromGlob) {
      matches = (await Globby(pattern, {cwd: siteDir, absolute: true, onlyFiles: false, followSymbolicLinks: false})).sort()
      if (matches.length === 0) throw new PluginInputError(`reports: "${pattern}" matches nothing (relative to ${siteDir})`)
    } else {
      matches = [resolve(siteDir, pattern)]
    }
    for (const match of matches) {
      let file: string
      try {
        file = resolve(resolveReportPath(match))
      } catch (error) {
        if (!isReportInputError(error)) throw error
        if (!fromGlob) throw new PluginInputError(`reports: ${error.message}`)
        skipped.push({source: shown(match), reason: 'a folder with no reports/README.md or README.md'})
        continue
      }
      if (!isMarkdownPath(file)) {
        if (!fromGlob) throw new PluginInputError(`reports: ${pattern}: not a markdown file; only course reports are published`)
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

/**
 * Short, distinct names for reports: the folders that tell them apart,
 * without a trailing `reports` (`groups/g7/reports` and `groups/g8/reports`
 * give `g7` and `g8`), as a label and as a URL segment. One report gets ''.
 */
export function distinctNames(files: string[]): Array<{label: string; slug: string}> {
  const parts = files.map((file) => {
    const folders = dirname(file).split(sep).filter(Boolean)
    if (folders.length > 1 && folders.at(-1)!.toLowerCase() === 'reports') folders.pop()
    return folders
  })
  let common = 0
  while (parts.length > 1 && parts.every((folders) => folders.length > common + 1 && folders[common] === parts[0]![common])) common++
  const used = new Set<string>()
  return parts.map((folders) => {
    const distinct = folders.slice(parts.length > 1 ? common : folders.length)
    const base =
      distinct
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || (parts.length > 1 ? 'report' : '')
    let slug = base
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
    used.add(slug)
    return {label: distinct.join('/'), slug}
  })
}

export async function loadContent(siteDir: string, baseUrl: string, options: PluginOptions): Promise<LoadedContent> {
  const {found, skipped} = await findReports(siteDir, options.reports, options.sourceDir ? resolve(siteDir, options.sourceDir) : siteDir)
  // Read and checked before addresses are given: a markdown file without a question heading is no report.
  const checked = found.flatMap((entry) => {
    const report = checkSiteReport(entry, options)
    if (report.result.isReport) return [report]
    const reason = 'a markdown file without a "### Question" heading: no course report'
    if (!entry.fromGlob) throw new PluginInputError(`reports: ${entry.source}: ${reason}`)
    skipped.push({source: entry.source, reason})
    return []
  })
  if (checked.length === 0) {
    throw new PluginInputError(
      `reports: no course report among what ${options.reports.join(', ')} names (${skipped.map((entry) => `${entry.source}: ${entry.reason}`).join('; ')})`
    )
  }
  const names = distinctNames(checked.map((entry) => entry.found.file))
  const base = normalizeUrl([baseUrl, options.routeBasePath])
  const index = checked.length > 1 ? {title: options.indexTitle, permalink: base} : null
  // One load's reports share the template's parsed text; dropped with this call.
  const segments = new SegmentCache()
  const reports = checked.map((entry, at) => {
    const {label, slug} = names[at]!
    return loadReport(entry, {label, several: checked.length > 1}, normalizeUrl([base, slug]), index?.permalink ?? null, options, segments)
  })
  // The index lists them in this order, by title as people sort names (group_2 before group_10).
  reports.sort((a, b) => naturalOrder(a.data.title, b.data.title) || naturalOrder(a.data.source, b.data.source))
  return {reports, index, skipped}
}
