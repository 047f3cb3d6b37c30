/**
 * From the plugin's options to every page's data: the reports found, their
 * addresses, their answers compared, each report rendered, and for a course
 * the question pages.
 */

import {dirname, resolve, sep} from 'node:path'
import {normalizeUrl} from '@docusaurus/utils'
import {SegmentCache} from '@mlops-report/report-html'
import {naturalOrder} from '@mlops-report/core'
import {CourseOutput} from './course-output.js'
import {findReports} from './find-reports.js'
import {compareAnswers} from './compare-answers.js'
import {checkSiteReport, givenTitle, type LoadedReport, loadReport, PluginInputError} from './load-report.js'
import type {PluginOptions} from './options.js'
import {type LoadedQuestion, questionPages, questionPermalink} from './question-pages.js'

export interface LoadedContent {
  reports: LoadedReport[]
  index: {title: string; permalink: string} | null
  /** A page per question, for a course (several reports). */
  questions: LoadedQuestion[]
  /** Whether the answers were compared for shared passages (several reports, or `compareWith`). */
  compared: boolean
  /** What a glob matched that is no course report, with why: never published, said once. */
  skipped: Array<{source: string; reason: string}>
  /** The scoreboard's address, for a course that `mlops-report course` judged (its figures beside the groups); else null. */
  scoreboard: {permalink: string} | null
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

export async function loadContent(
  siteDir: string,
  baseUrl: string,
  options: PluginOptions,
  warn: (message: string) => void = () => {}
): Promise<LoadedContent> {
  const sourceDir = options.sourceDir ? resolve(siteDir, options.sourceDir) : siteDir
  const {found, skipped, unmatched} = findReports(siteDir, options.reports, sourceDir)
  if (found.length === 0 && unmatched.length > 0) throw new PluginInputError(unmatched.join('; '))
  for (const line of unmatched) warn(line)
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
  const permalinks = names.map(({slug}) => normalizeUrl([base, slug]))
  // Compared where there is something to compare: other groups, or earlier reports.
  const marks =
    checked.length > 1 || options.compareWith.length > 0
      ? await compareAnswers(
          checked.map((entry, at) => ({
            checked: entry,
            title: givenTitle(entry.found, {label: names[at]!.label, several: checked.length > 1}, options) ?? entry.found.source,
            link: (question) => `${permalinks[at]}#question-${question}`
          })),
          options.compareWith,
          {siteDir, sourceDir},
          warn
        )
      : null
  // One load's reports share the template's parsed text; dropped with this call.
  const segments = new SegmentCache()
  const output = new CourseOutput(warn)
  const loaded = checked.map((entry, at) => {
    const shared = marks ? (marks.get(entry.found.file) ?? new Map()) : null
    const course = {shared, questionLink: index ? (question: number) => questionPermalink(base, question) : null, output}
    const report = loadReport(
      entry,
      {label: names[at]!.label, several: checked.length > 1},
      permalinks[at]!,
      index?.permalink ?? null,
      options,
      segments,
      course
    )
    return {loaded: report, text: entry.report.text, shared}
  })
  // The index lists them in this order, by title as people sort names (group_2 before group_10).
  loaded.sort((a, b) => naturalOrder(a.loaded.data.title, b.loaded.data.title) || naturalOrder(a.loaded.data.source, b.loaded.data.source))
  const questions = index ? questionPages(loaded, base, index.permalink, options.pythonMarkdown, marks !== null) : []
  const scoreboard = index && loaded.some((entry) => entry.loaded.groupFigures !== null) ? {permalink: normalizeUrl([base, 'scoreboard'])} : null
  return {reports: loaded.map((entry) => entry.loaded), index, questions, skipped, compared: marks !== null, scoreboard}
}
