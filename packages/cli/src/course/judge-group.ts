/**
 * One group of a course: its `reports/` folder as it stood at the deadline,
 * copied out of the mirror, judged by the core as the course checker judges
 * it, and its hand-in rendered as `report.py html` writes it.
 */

import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {targetInside} from './tree-path.js'
import {dirname, join, posix} from 'node:path'
import {
  checklistEvidence,
  checklistFigures,
  checkReport,
  countCheckerWarnings,
  handinSource,
  type ItemEvidence,
  type NamedReport,
  type PythonMarkdownVersion
} from '@mlops-report/core'
import {PythonMarkdownFailure, renderPythonMarkdown} from '@mlops-report/handin-markdown'
import {decodeReport, isReportInputError, writeCourseCommit} from '@mlops-report/report-files'
import {type JsonReport, toJson} from '../format-json.js'
import {checklistJson} from './checklist-output.js'
import type {CourseGroup} from './group-input.js'
import {commitAtDeadline, listTree, readBlobs, type TreeEntry} from './git-mirror.js'
import {readmeToRead, readRepoFigures, readTreeBlobs} from './read-repo-figures.js'
import {repositorySnapshot, snapshotTexts} from './read-repository-snapshot.js'
import {type StageClock, untimed} from './stage-times.js'
import {NO_FIGURES, type RepoFigures} from './repo-figures.js'

export interface CourseRow extends RepoFigures {
  group: string
  repo: string
  /** From `group_info.csv`, as the scraper reads it; null for repositories given one by one. */
  group_number: number | null
  group_size: number | null
  /** The commit judged (full sha), or null. */
  commit: string | null
  /** Its committer date, ISO 8601. */
  committed: string | null
  /** Questions passed and checked, as the course checker counts them; null when it stops or there is no report. */
  passed: number | null
  total: number | null
  /** The failing questions' numbers. */
  failing: number[]
  /** What the course's scraper records: the `WARNING` lines of the newest `report.py check`. */
  warnings: number | null
  /** How many shared passages its answers have with other groups' or earlier reports' (`course --compare-with`); null when not compared. */
  similar: number | null
  /** Why the group could not be judged (in full), or null. */
  error: string | null
  /** Why a figure of the repository is null where the scraper would have one, or null. */
  figures_note: string | null
  /** The report's checklist items, those ticked, and the ticked ones the repository shows no evidence of; null without a report. */
  checklist_items: number | null
  checklist_ticked: number | null
  checklist_unsupported: number | null
}

/** A group's row before anything is known of it; `error` says why, where it stays so. */
export function unjudgedRow({group, repo, number, size}: CourseGroup, error: string | null = null): CourseRow {
  return {
    group,
    repo,
    group_number: number,
    group_size: size,
    commit: null,
    committed: null,
    passed: null,
    total: null,
    failing: [],
    warnings: null,
    similar: null,
    error,
    ...NO_FIGURES,
    figures_note: null,
    checklist_items: null,
    checklist_ticked: null,
    checklist_unsupported: null
  }
}

const REPORTS = 'reports'
/** Links to links to …: followed this many times at most. */
const LINK_DEPTH = 8

/** The files of the tree by path, each with its blob: submodules and symbolic links left out. */
function plainFiles(entries: TreeEntry[]): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of entries) if (entry.type === 'blob' && entry.mode !== '120000') files.set(entry.path, entry.sha)
  return files
}

/**
 * Adds each symbolic link as the file it leads to when that lies inside
 * `reports/`; links out of it, to folders, or round in circles are not followed.
 */
async function followLinks(entries: TreeEntry[], mirror: string, files: Map<string, string>): Promise<void> {
  const links = entries.filter((entry) => entry.type === 'blob' && entry.mode === '120000')
  if (links.length === 0) return
  const byPath = new Map(entries.map((entry) => [entry.path, entry]))
  const targets = await readBlobs(
    mirror,
    links.map((link) => link.sha)
  )
  const targetOf = (entry: TreeEntry): string | null => {
    const target = targets.get(entry.sha)?.toString('utf8') ?? ''
    if (target === '' || posix.isAbsolute(target)) return null
    const path = posix.normalize(posix.join(posix.dirname(entry.path), target))
    return path.startsWith(`${REPORTS}/`) ? path : null
  }
  for (const link of links) {
    let current: TreeEntry | undefined = link
    for (let depth = 0; current?.mode === '120000' && depth < LINK_DEPTH; depth++) {
      const path = targetOf(current)
      current = path === null ? undefined : byPath.get(path)
    }
    if (current && current.type === 'blob' && current.mode !== '120000') files.set(link.path, current.sha)
  }
}

/** Judges one group whose mirror is up to date; writes `<out>/<group>/reports/…`, `check.json` and `report.html` (whenever report.py html would, the checker stopping or not). */
export async function judgeGroup(
  entry: CourseGroup,
  mirror: string,
  out: string,
  options: {
    deadline: Date
    pythonMarkdown: PythonMarkdownVersion
    /** Where the time goes, when the run is asked for it. */
    times?: StageClock
    onJudged?: (judged: {report: NamedReport; questions: JsonReport['questions']; checklist: ItemEvidence[]}) => void
  }
): Promise<CourseRow> {
  const row = unjudgedRow(entry)
  const folder = join(out, entry.group)
  rmSync(folder, {recursive: true, force: true})
  const clock = options.times ?? untimed
  const commit = await clock.time('tree', () => commitAtDeadline(mirror, options.deadline))
  if (!commit) return {...row, error: `no commit on the default branch at or before ${options.deadline.toISOString()}`}
  row.commit = commit.sha
  row.committed = commit.committed
  // Beside reports/, for the published course index.
  mkdirSync(folder, {recursive: true})
  writeCourseCommit(folder, {repo: entry.repo, commit: commit.sha, committed: commit.committed, deadline: options.deadline.toISOString()})
  const tree = await clock.time('tree', () => listTree(mirror, commit.sha))
  const treeBlobs = await clock.time('figures', () => readTreeBlobs(mirror, commit.sha, tree))
  const {lost, sizes} = treeBlobs
  const entries = tree.filter((entry) => entry.path.startsWith(`${REPORTS}/`))
  const files = plainFiles(entries)
  const targets = new Map<string, string | null>()
  const reportError = await clock.time('report files', async () => {
    const lostReports = entries.filter((entry) => lost.unavailable.has(entry.sha)).map((entry) => entry.path)
    if (lostReports.length > 0) return `the remote could not serve ${lostReports.join(', ')} (${lost.reason})`
    await followLinks(entries, mirror, files)
    if (files.size === 0) return `no ${REPORTS}/ folder at commit ${commit.sha.slice(0, 12)}`
    for (const path of files.keys()) targets.set(path, targetInside(folder, path))
    const refused = [...targets].filter(([, target]) => target === null).map(([path]) => JSON.stringify(path))
    return refused.length > 0 ? `its tree names ${refused.join(', ')}, which git would never check out: nothing of it written` : null
  })
  // One read of every blob the group needs (the README's words, the report's files, the checklist's
  // texts) while the log is read for the figures: a git process each costs more than what they read.
  const wanted = new Set<string>()
  const readme = readmeToRead(tree, treeBlobs)
  if (readme !== null) wanted.add(readme)
  if (reportError === null) {
    for (const sha of files.values()) wanted.add(sha)
    for (const text of snapshotTexts(tree, sizes)) wanted.add(text.sha)
  }
  const reading = clock.time('blobs', () => readBlobs(mirror, [...wanted]))
  const [contents, {figures, notes}] = await Promise.all([reading, clock.time('figures', () => readRepoFigures(mirror, commit.sha, tree, treeBlobs, reading))])
  Object.assign(row, figures, {figures_note: notes.length > 0 ? notes.join('; ') : null})
  if (reportError !== null) return {...row, error: reportError}
  for (const [path, sha] of files) {
    const target = targets.get(path)!
    mkdirSync(dirname(target), {recursive: true})
    writeFileSync(target, contents.get(sha) ?? Buffer.alloc(0))
  }
  const readmeSha = files.get(`${REPORTS}/README.md`)
  if (!readmeSha) return {...row, error: `no ${REPORTS}/README.md at commit ${commit.sha.slice(0, 12)}`}
  let text: string
  try {
    text = decodeReport(join(entry.group, REPORTS, 'README.md'), contents.get(readmeSha) ?? Buffer.alloc(0))
  } catch (error) {
    if (!isReportInputError(error)) throw error
    return {...row, error: error.message}
  }
  const beside = [...files.keys()].map((path) => path.slice(REPORTS.length + 1))
  const result = clock.timeSync('check', () => checkReport(text, {files: beside, pythonMarkdown: options.pythonMarkdown, mends: false}))
  const json = toJson(`${entry.group}/${REPORTS}/README.md`, result)
  writeFileSync(join(folder, 'check.json'), `${JSON.stringify(json, null, 2)}\n`)
  const checklist = clock.timeSync('checklist', () => checklistEvidence(result.checklist, repositorySnapshot(tree, sizes, contents)))
  const {items, ticked, unsupported} = checklistFigures(checklist)
  Object.assign(row, {checklist_items: items, checklist_ticked: ticked, checklist_unsupported: unsupported})
  writeFileSync(join(folder, 'checklist.json'), checklistJson(checklist))
  options.onJudged?.({report: {name: entry.group, text, checked: result}, questions: json.questions, checklist})
  // The scraper runs the newest checker, which reads every report as the 31-question template.
  row.warnings = clock.timeSync('check', () => countCheckerWarnings(result.checkedAs === 31 ? result : checkReport(text, {generation: 31, mends: false})))
  // report.py html renders whatever the checker makes of the report: a group whose report stops the
  // checker is the one graders read by hand, from this page.
  let noHandin: string | null = null
  try {
    const page = clock.timeSync('hand-in', () => renderPythonMarkdown(handinSource(text), {version: options.pythonMarkdown}))
    writeFileSync(join(folder, 'report.html'), page)
  } catch (error) {
    if (!(error instanceof PythonMarkdownFailure)) throw error
    noHandin = `report.py html makes no page: ${error.message}`
  }
  if (result.officialError !== null) {
    return {...row, error: [`the course checker stops: ${result.officialError}`, noHandin].filter(Boolean).join('; ')}
  }
  row.passed = result.passed
  row.total = result.total
  row.failing = result.questions.filter((question) => question.pass !== true).map((question) => question.number)
  return noHandin === null ? row : {...row, error: noHandin}
}
