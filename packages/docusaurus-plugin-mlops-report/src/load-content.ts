/**
 * From the plugin's options to every report's page data: which reports the
 * paths and globs name, their addresses, and the loading itself.
 */

import {dirname, relative, resolve, sep} from 'node:path'
import {Globby, normalizeUrl} from '@docusaurus/utils'
import {isReportInputError, resolveReportPath} from '@mlops-report/report-files'
import {SegmentCache} from '@mlops-report/report-html'
import {type LoadedContent, loadReport, PluginInputError} from './load-report.js'
import type {PluginOptions} from './options.js'

const GLOB = /[*?[\]{}!]/

/** Every report the option names, each once, as absolute paths of markdown files. */
export async function findReports(siteDir: string, patterns: string[], sourceDir = siteDir): Promise<Array<{source: string; file: string}>> {
  const found = new Map<string, string>()
  for (const pattern of patterns) {
    let matches: string[]
    if (GLOB.test(pattern)) {
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
        if (isReportInputError(error)) throw new PluginInputError(`reports: ${error.message}`)
        throw error
      }
      if (!found.has(file)) found.set(file, relative(sourceDir, file).split(sep).join('/'))
    }
  }
  return [...found].map(([file, source]) => ({source, file}))
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
  const found = await findReports(siteDir, options.reports, options.sourceDir ? resolve(siteDir, options.sourceDir) : siteDir)
  const names = distinctNames(found.map((entry) => entry.file))
  const base = normalizeUrl([baseUrl, options.routeBasePath])
  const index = found.length > 1 ? {title: options.indexTitle, permalink: base} : null
  // One load's reports share the template's parsed text; dropped with this call.
  const segments = new SegmentCache()
  const reports = found.map((entry, at) => {
    const {label, slug} = names[at]!
    return loadReport(entry, {label, several: found.length > 1}, normalizeUrl([base, slug]), index?.permalink ?? null, options, segments)
  })
  return {reports, index}
}
