/**
 * From the plugin's options to what its pages show: each report read and
 * checked by the core, rendered by the one renderer, its figures resolved
 * inside its own folder only (a path or a symlink that leads out is never
 * published).
 */

import {basename, dirname, isAbsolute, join, relative, sep} from 'node:path'
import {
  type CheckOptions,
  type CheckResult,
  checkReport,
  describeFigures,
  locateImage,
  reportPasses,
  reportVerdict,
  type VerdictWording
} from '@mlops-report/core'
import {type CourseCommit, isReportInputError, readCourseCommit, readReport, repositoryRootOf} from '@mlops-report/report-files'
import {type AnswerHtml, type ChecklistGroup, checklistProgress, renderReportBody, type SegmentCache, type SharedMark} from '@mlops-report/report-html'
import type {CourseOutput, GroupFigures, ItemEvidenceData} from './course-output.js'
import type {PluginOptions} from './options.js'

/** A report as the plugin loads it: everything its page shows but the figures' published URLs. */
export interface ReportData {
  title: string
  /** The report's path relative to the site, as the options named it. */
  source: string
  permalink: string
  /** The rendered report; figures as `mlops-report-figure:N`, N indexing `figureUrls`. */
  html: string
  passed: number
  total: number
  officialError: string | null
  /** The core's decision: the checker reads the report and every question passes. */
  passes: boolean
  /** The core's words for it, as the page says them. */
  verdict: VerdictWording
  failing: number[]
  errors: number
  warnings: number
  /** Findings of figures the graders will not see (missing, outside the folder, …). */
  figureProblems: number
  checklist: ChecklistGroup[]
  questions: Array<{number: number; pass: boolean | null; figures: string}>
  /** Where the index is, when there is one. */
  indexPermalink: string | null
  /** The commit `mlops-report course` judged the report at (its course-commit.json), when it did. */
  commit: CourseCommit | null
  /** How many answers share a passage with another report or an earlier one; null where answers were not compared. */
  shared: number | null
  /** Each checklist item held against the repository at the deadline, where `mlops-report course` did it (its checklist.json); else null. */
  evidence: ItemEvidenceData[] | null
}

/** What a report's page receives: its data and, by the N of each `mlops-report-figure:N`, the URL the bundler gave that figure. */
export interface ReportPageData extends ReportData {
  figureUrls: string[]
}

export interface LoadedReport {
  data: ReportData
  /** Absolute paths of the figures to publish, in token order. */
  figures: string[]
  /** Files to watch in `docusaurus start`. */
  watch: string[]
  /** The report as checked: its question pages read its verdicts and figures. */
  result: CheckResult
  /** Each answer alone (figures as in `data.html`), for the question pages; empty for a site of one report. */
  answers: AnswerHtml[]
  /** The course scraper's figures for the group, where `mlops-report course` judged it; for the scoreboard. */
  groupFigures: GroupFigures | null
}

/** What a course site adds to a report's page. */
export interface CourseLinks {
  /** Marks for the passages each answer shares, by question; null where answers are not compared. */
  shared: ReadonlyMap<number, SharedMark[]> | null
  /** The question pages' address, by number; null for a site of one report. */
  questionLink: ((question: number) => string) | null
  /** What `mlops-report course` wrote beside the groups' reports. */
  output?: CourseOutput
}

/** A report read and checked, before it has an address. */
export interface CheckedReport {
  found: {source: string; file: string}
  report: ReturnType<typeof readReport>
  result: CheckResult
}

export class PluginInputError extends Error {
  override name = 'PluginInputError'
}

/** Reads and checks a report (whether it is one at all is in `result.isReport`). */
export function checkSiteReport(
  found: {source: string; file: string},
  options: Pick<PluginOptions, 'constraints' | 'generation' | 'pythonMarkdown'>
): CheckedReport {
  let report: ReturnType<typeof readReport>
  try {
    report = readReport(found.file)
  } catch (error) {
    if (isReportInputError(error)) throw new PluginInputError(error.message)
    throw error
  }
  const checkOptions: CheckOptions = {files: report.files, constraints: options.constraints, pythonMarkdown: options.pythonMarkdown}
  if (options.generation) checkOptions.generation = options.generation
  return {found, report, result: checkReport(report.text, checkOptions)}
}

/** The title the options or the folders give a report (in a course, the folder tells reports apart); else its own heading is. */
export function givenTitle(found: {source: string}, name: {label: string; several: boolean}, options: Pick<PluginOptions, 'titles'>): string | undefined {
  return options.titles[found.source] ?? (name.several && name.label ? name.label : undefined)
}

export function loadReport(
  {found, report, result}: CheckedReport,
  /** The title when the options give none and the report has no `#` heading; for several reports, the title. */
  name: {label: string; several: boolean},
  permalink: string,
  indexPermalink: string | null,
  options: Pick<PluginOptions, 'titles'>,
  /** Template text parsed for the reports before this one, in the same load. */
  segments: SegmentCache | undefined,
  course: CourseLinks = {shared: null, questionLink: null}
): LoadedReport {
  const folder = dirname(found.file)
  const files = report.files
  const figures: string[] = []
  const byPath = new Map<string, number>()
  const body = renderReportBody(report.text, result, {
    resolveImage: (source) => {
      const location = locateImage(source)
      if ('problem' in location) return null
      // `/reports/figures/a.png` is taken from the repository's root, as GitHub shows it; published when it lies in the report's folder.
      const path = location.from === 'repository' ? fromRepositoryRoot(location.path, found.file, folder) : location.path
      if (path === null) return null
      // Published only when the lookup finds it as written: with its exact letter case, as on the
      // graders' Linux, and inside the report's folder (a `..` or a symlink that leads out is not found).
      if (files(path) !== path) return null
      const real = join(folder, path)
      let index = byPath.get(real)
      if (index === undefined) {
        index = figures.push(real) - 1
        byPath.set(real, index)
      }
      return `mlops-report-figure:${index}`
    },
    segments,
    ...(course.shared ? {shared: course.shared} : {}),
    ...(course.questionLink ? {questionLink: course.questionLink, answers: true} : {})
  })
  // Reports on one template share its heading: in a course, the folder tells them apart.
  const title = givenTitle(found, name, options) ?? body.title ?? basename(folder)
  const commit = readCourseCommit(found.file)
  const judged = commit !== null && course.output !== undefined
  const data: ReportData = {
    title,
    source: found.source,
    permalink,
    html: body.html,
    passed: result.passed,
    total: result.total,
    officialError: result.officialError,
    passes: reportPasses(result),
    verdict: reportVerdict(result),
    failing: result.questions.filter((question) => question.pass === false).map((question) => question.number),
    errors: result.findings.filter((finding) => finding.severity === 'error').length,
    warnings: result.findings.filter((finding) => finding.severity === 'warning').length,
    figureProblems: result.findings.filter((finding) => finding.ruleId === 'image-file' || finding.ruleId === 'image-uncommitted').length,
    checklist: checklistProgress(result),
    questions: result.questions.map((question) => ({number: question.number, pass: question.pass, figures: describeFigures(question)})),
    indexPermalink,
    commit,
    shared: course.shared ? course.shared.size : null,
    evidence: judged ? course.output!.evidence(found.file) : null
  }
  // New figures too: the whole folder's images, not only those the report uses now.
  return {
    data,
    figures,
    watch: [found.file, join(folder, '**/*.{png,jpg,jpeg,gif,svg,webp,PNG,JPG,JPEG}')],
    result,
    answers: body.answers ?? [],
    groupFigures: judged ? course.output!.figures(found.file) : null
  }
}

/** A `/…` path of the report as a path inside its folder, or null when it leads elsewhere or there is no repository to start from. */
function fromRepositoryRoot(path: string, reportFile: string, folder: string): string | null {
  const root = repositoryRootOf(reportFile)
  if (root === null) return null
  const inside = relative(folder, join(root, ...path.split('/')))
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return inside.split(sep).join('/')
}
