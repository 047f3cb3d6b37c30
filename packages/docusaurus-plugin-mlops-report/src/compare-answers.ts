/**
 * The passages each report's answers share with the site's other reports and
 * with `compareWith`'s earlier ones, as the core's `findSharedPassages` finds
 * them, turned into the marks a page shows: each named by the other report's
 * title and page, or by the earlier report's path.
 */

import {findSharedPassages, type NamedReport} from '@mlops-report/core'
import {isNegation, isReportInputError, readReport} from '@mlops-report/report-files'
import type {SharedMark} from '@mlops-report/report-html'
import {findReports} from './find-reports.js'
import {type CheckedReport, PluginInputError} from './load-report.js'

export interface ComparedReport {
  checked: CheckedReport
  /** How pages name it, and where its answer to a question is. */
  title: string
  link: (question: number) => string
}

/** Each report's marks by question, keyed by its file; what could not be compared is passed to `warn`, the rest is compared. */
export async function compareAnswers(
  reports: ComparedReport[],
  compareWith: string[],
  folders: {siteDir: string; sourceDir: string},
  warn: (message: string) => void
): Promise<Map<string, Map<number, SharedMark[]>>> {
  const earlier: NamedReport[] = []
  // Each earlier report once, however many patterns name it; a report of the site is no earlier one.
  const seen = new Set(reports.map((report) => report.checked.found.file))
  // One pattern at a time, so that a path that names no report leaves out only itself; each with every negation.
  const negations = compareWith.filter(isNegation)
  for (const pattern of compareWith.filter((given) => !isNegation(given))) {
    let found: ReturnType<typeof findReports>
    try {
      found = findReports(folders.siteDir, [pattern, ...negations], folders.sourceDir, 'compareWith', 'compared without it')
    } catch (error) {
      if (!(error instanceof PluginInputError)) throw error
      warn(`${error.message}; compared without it`)
      continue
    }
    for (const line of found.unmatched) warn(line)
    for (const skipped of found.skipped) warn(`compareWith: ${skipped.source}: ${skipped.reason}; left out`)
    for (const entry of found.found) {
      if (seen.has(entry.file)) continue
      seen.add(entry.file)
      try {
        earlier.push({name: entry.source, text: readReport(entry.file).text})
      } catch (error) {
        if (!isReportInputError(error)) throw error
        warn(`compareWith: ${error.message}; left out`)
      }
    }
  }
  const byFile = new Map(reports.map((report) => [report.checked.found.file, report]))
  const found = findSharedPassages(
    reports.map(({checked}) => ({name: checked.found.file, text: checked.report.text, checked: checked.result})),
    earlier,
    {bothSides: true, notReport: (name) => warn(`compareWith: ${name}: no "### Question" heading: not a course report, left out`)}
  )
  const marks = new Map<string, Map<number, SharedMark[]>>()
  for (const passage of found) {
    const other = byFile.get(passage.other)
    const mark: SharedMark = {
      passage: passage.passage,
      sharedWords: passage.sharedWords,
      other: other ? {label: other.title, href: other.link(passage.question)} : {label: passage.other, href: null}
    }
    let byQuestion = marks.get(passage.report)
    if (!byQuestion) {
      byQuestion = new Map()
      marks.set(passage.report, byQuestion)
    }
    const list = byQuestion.get(passage.question)
    if (list) list.push(mark)
    else byQuestion.set(passage.question, [mark])
  }
  return marks
}
