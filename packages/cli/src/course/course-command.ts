/**
 * `mlops-report course <group_info.csv | repository…> --out <dir>`: a
 * teacher's whole course in one run. Every group's repository is mirrored
 * into `<dir>/.cache` (a second run fetches only what is new), its
 * `reports/` folder taken as it stood at the deadline and judged, and the
 * figures the course's scraper records written to `summary.json` and
 * `summary.csv`. One group that cannot be read never stops the others.
 */

import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join, resolve} from 'node:path'
import type {ItemEvidence, NamedReport, PythonMarkdownVersion, SharedPassage} from '@mlops-report/core'
import type {Output} from '../check-command.js'
import {UsageError} from '../usage.js'
import {writeForUser} from '../write-atomically.js'
import {type CourseGroup, groupsFromCsv, groupsFromRepositories} from './group-input.js'
import {GitFailure, gitIsInstalled, type MirrorOutcome, updateMirror} from './git-mirror.js'
import {type CourseRow, judgeGroup, unjudgedRow} from './judge-group.js'
import {questionsCsv, repoStatsJson, summaryCsv, summaryJson} from './summary.js'
import {checklistCsv} from './checklist-output.js'
import {StageTimes, untimed} from './stage-times.js'
import type {JsonReport} from '../format-json.js'
import {compareReports, earlierReports, readComparable} from '../similar-command.js'
import {givenPaths} from '../given-paths.js'
import {isNegation, ReportInputError} from '@mlops-report/report-files'

export interface CourseCommandOptions {
  out: string | undefined
  deadline: string | undefined
  jobs: string | undefined
  pythonMarkdown: PythonMarkdownVersion
  /** Where relative paths are taken from (default: the working folder). */
  cwd?: string
  /** A line per finished group, saying what was fetched (default: when standard error is a terminal). */
  progress?: boolean
  /** Earlier reports to compare the groups' answers with (`--compare-with`); groups are compared with each other whenever this is given. */
  compareWith?: string[]
}

/** Marks an output folder this command made, so that a second run may write into it. */
const MARKER = '.mlops-report-course'
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/

export function parseDeadline(value: string | undefined): Date {
  if (value === undefined) return new Date()
  const date = new Date(value)
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--deadline must be an ISO 8601 time with its offset, such as 2026-01-23T23:59:00+01:00, not "${value}"`)
  }
  return date
}

function parseJobs(value: string | undefined): number {
  // Most of a group's time is git waiting on the network or the disk.
  if (value === undefined) return Math.min(8, availableParallelism() * 2)
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`)
  return jobs
}

/** `https://…`, `ssh://…`, `git@host:owner/repo`: a remote, never a glob to expand. */
function isRemote(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^[^/\\\s]+@[^/\\:\s]+:/.test(input)
}

/** The repositories as given, each path or quoted glob read as every command reads them (`!` leaving some out). */
function repositoriesGiven(inputs: string[], cwd: string, io: Output): string[] {
  const negations = inputs.filter((input) => !isRemote(input) && isNegation(input))
  const repositories = inputs.flatMap((input) => {
    if (isRemote(input)) return [input]
    if (isNegation(input)) return []
    return givenPaths([input, ...negations], io, {cwd})
  })
  if (repositories.length === 0) throw new UsageError(`no repository left to judge: ${inputs.map((input) => `'${input}'`).join(', ')} name none`)
  return repositories
}

function readGroups(inputs: string[], cwd: string, io: Output): CourseGroup[] {
  if (inputs.length === 0) throw new UsageError("course needs the course's group_info.csv or one or more repositories")
  if (inputs.length === 1 && /\.csv$/i.test(inputs[0]!)) {
    const path = resolve(cwd, inputs[0]!)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new UsageError(`${inputs[0]}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
    }
    return groupsFromCsv(text, inputs[0]!)
  }
  return groupsFromRepositories(repositoriesGiven(inputs, cwd, io))
}

/** What stopped one group, in its row. */
function groupFailure(error: unknown): string {
  if (error instanceof GitFailure) return `repository unreadable: ${error.message}`
  const message = (error as Error).message ?? String(error)
  return typeof (error as NodeJS.ErrnoException).code === 'string' ? `its files could not be written: ${message}` : `could not be judged: ${message}`
}

/** The output folder: new, empty, or one an earlier course run made; never a folder of other files. */
function prepareOut(out: string, shown: string): void {
  if (existsSync(out)) {
    const entries = readdirSync(out)
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new UsageError(`--out ${shown}: that folder holds files no earlier mlops-report course run made; name a new folder or empty this one`)
    }
  }
  mkdirSync(join(out, '.cache'), {recursive: true})
  writeFileSync(join(out, MARKER), 'Made by mlops-report course; a later run replaces what it made here.\n')
}

/** Runs `work` on every item with at most `jobs` at once; results in input order. */
async function inParallel<T, R>(items: T[], jobs: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!, index)
    }
  }
  await Promise.all(Array.from({length: Math.min(jobs, items.length)}, worker))
  return results
}

function describeRow(row: CourseRow, mirror: MirrorOutcome | null): string {
  const fetched = mirror === null ? '' : ` (${mirror})`
  if (row.error !== null) return `${row.group}: ${row.error}${fetched}`
  const date = row.committed?.slice(0, 10) ?? ''
  return `${row.group}: ${row.passed}/${row.total} pass, ${row.warnings} warnings, commit ${row.commit?.slice(0, 7)} of ${date}${fetched}`
}

export async function runCourse(inputs: string[], options: CourseCommandOptions, io: Output): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  if (options.out === undefined) throw new UsageError('course needs --out <dir>: where the reports, hand-ins and summary go')
  const deadline = parseDeadline(options.deadline)
  const jobs = parseJobs(options.jobs)
  const groups = readGroups(inputs, cwd, io)
  if (!(await gitIsInstalled()))
    throw new ReportInputError('git is not installed (or not on PATH): course reads every repository with git. Install git and run it again.')
  const out = resolve(cwd, options.out)
  prepareOut(out, options.out)
  const progress = options.progress ?? process.stderr.isTTY === true
  let finished = 0
  const times = process.env.MLOPS_REPORT_STAGE_TIMES ? new StageTimes() : undefined
  const questions = new Map<string, JsonReport['questions']>()
  const compared = new Map<string, NamedReport>()
  const checklists = new Map<string, ItemEvidence[]>()
  const rows = await inParallel(groups, jobs, async (group) => {
    let mirrorOutcome: MirrorOutcome | null = null
    let row: CourseRow
    if (group.repo === '') row = unjudgedRow(group, 'no repository URL given')
    else {
      const mirror = join(out, '.cache', `${group.group}.git`)
      try {
        mirrorOutcome = await (times ?? untimed).time('mirror', () => updateMirror(group.repo, mirror, cwd))
        row = await judgeGroup(group, mirror, out, {
          deadline,
          ...(times ? {times} : {}),
          pythonMarkdown: options.pythonMarkdown,
          onJudged: ({report, questions: figures, checklist}) => {
            questions.set(group.group, figures)
            compared.set(group.group, report)
            checklists.set(group.group, checklist)
          }
        })
      } catch (error) {
        // One group's failure, git's or not (a disk that is full, a folder that cannot be written), is that group's.
        row = unjudgedRow(group, groupFailure(error))
      }
    }
    finished++
    if (progress) io.err(`[${finished}/${groups.length}] ${describeRow(row, mirrorOutcome)}`)
    return row
  })
  let shared: SharedPassage[] = []
  if (options.compareWith !== undefined && options.compareWith.length > 0) {
    const named = earlierReports(options.compareWith, cwd, io)
    const earlier = readComparable(named.paths, io, named.names).reports
    const current = rows.filter((row) => row.passed !== null && compared.has(row.group)).map((row) => compared.get(row.group)!)
    shared = compareReports(current, earlier, io).found
    for (const row of rows) {
      if (row.passed === null) continue
      row.similar = shared.filter((entry) => entry.report === row.group || entry.other === row.group).length
    }
    writeForUser(join(out, 'similar.json'), `${JSON.stringify(shared, null, 2)}\n`)
  }
  writeForUser(join(out, 'summary.json'), summaryJson(rows))
  writeForUser(join(out, 'summary.csv'), summaryCsv(rows))
  writeForUser(join(out, 'repo_stats.json'), repoStatsJson(rows))
  writeForUser(join(out, 'checklist.csv'), checklistCsv(rows.map((row) => ({group: row.group, checklist: checklists.get(row.group) ?? []}))))
  // Only groups the checker judged: one whose checker stops has no figures to grade by.
  writeForUser(
    join(out, 'questions.csv'),
    questionsCsv(
      rows.map((row) => ({group: row.group, questions: row.passed === null ? null : (questions.get(row.group) ?? null)})),
      shared
    )
  )
  const unjudged = rows.filter((row) => row.error !== null).length
  if (times) io.err(`mlops-report course: ${times.describe()}`)
  io.err(
    `mlops-report course: ${rows.length - unjudged} of ${rows.length} groups judged at ${deadline.toISOString()}${unjudged > 0 ? `, ${unjudged} could not be (see "error" in the summary)` : ''}; summary in ${join(options.out, 'summary.json')}`
  )
  return unjudged > 0 ? 1 : 0
}
