/**
 * What `mlops-report course` wrote beside a group's report, for the course
 * site: the group's row of `<out>/summary.json` (the course scraper's
 * figures and the checklist's counts) and its `checklist.json` (each item's
 * evidence). Read only for a report that `course` judged (its
 * `course-commit.json` is there); a file that is missing or does not read as
 * the course's is no figures, said once.
 */

import {readFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** A group's figures, as the course's leaderboard shows them. */
export interface GroupFigures {
  group: string
  group_number: number | null
  group_size: number | null
  num_contributors: number | null
  total_commits: number | null
  num_commits_to_main: number | null
  contributions_per_contributor: number[] | null
  num_prs: number | null
  average_commit_length_to_main: number | null
  average_commit_length: number | null
  latest_commit: string | null
  activity_matrix: number[][] | null
  num_python_files: number | null
  num_docker_files: number | null
  num_workflow_files: number | null
  has_requirements_file: boolean | null
  has_cloudbuild: boolean | null
  using_dvc: boolean | null
  repo_size: number | null
  actions_passing: boolean | null
  readme_length: number | null
  num_warnings: number | null
  checklist_items: number | null
  checklist_ticked: number | null
  checklist_unsupported: number | null
}

/** One checklist item of a group, as its report page shows it. */
export interface ItemEvidenceData {
  item: string
  ticked: boolean
  evidence: 'found' | 'none' | 'not checkable'
  files: string[]
  moreFiles: number
  lookedFor: string | null
  missing: string | null
}

const NUMBERS = [
  'group_number',
  'group_size',
  'num_contributors',
  'total_commits',
  'num_commits_to_main',
  'num_prs',
  'average_commit_length_to_main',
  'average_commit_length',
  'num_python_files',
  'num_docker_files',
  'num_workflow_files',
  'repo_size',
  'readme_length',
  'checklist_items',
  'checklist_ticked',
  'checklist_unsupported'
] as const
const FLAGS = ['has_requirements_file', 'has_cloudbuild', 'using_dvc', 'actions_passing'] as const

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
const numbers = (value: unknown): number[] | null => (Array.isArray(value) && value.every((entry) => number(entry) !== null) ? (value as number[]) : null)

/** A summary row as figures, each field checked: what is not of its kind is null. */
function figuresOf(row: Record<string, unknown>, group: string): GroupFigures {
  const figures = {group} as Record<string, unknown>
  for (const key of NUMBERS) figures[key] = number(row[key])
  for (const key of FLAGS) figures[key] = flag(row[key])
  // The summary names the scraper's num_warnings as the course command does: `warnings`.
  figures.num_warnings = number(row.warnings)
  figures.contributions_per_contributor = numbers(row.contributions_per_contributor)
  figures.latest_commit = typeof row.latest_commit === 'string' ? row.latest_commit : null
  const matrix = row.activity_matrix
  figures.activity_matrix = Array.isArray(matrix) && matrix.every((day) => numbers(day)?.length === 24) ? (matrix as number[][]) : null
  return figures as unknown as GroupFigures
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** Reads each course folder's summary once, however many of its groups the site publishes. */
export class CourseOutput {
  readonly #summaries = new Map<string, Map<string, Record<string, unknown>> | null>()
  readonly #warn: (message: string) => void

  constructor(warn: (message: string) => void) {
    this.#warn = warn
  }

  /** The folders of a report that `course` wrote: `<out>/<group>/reports/README.md`. */
  static folders(reportFile: string): {out: string; groupFolder: string; group: string} {
    const groupFolder = dirname(dirname(reportFile))
    return {out: dirname(groupFolder), groupFolder, group: basename(groupFolder)}
  }

  #summary(out: string): Map<string, Record<string, unknown>> | null {
    if (this.#summaries.has(out)) return this.#summaries.get(out)!
    const parsed = readJson(join(out, 'summary.json'))
    let rows: Map<string, Record<string, unknown>> | null = null
    if (Array.isArray(parsed)) {
      rows = new Map()
      for (const row of parsed) if (row && typeof row === 'object' && typeof row.group === 'string') rows.set(row.group, row)
    } else this.#warn(`${join(out, 'summary.json')} is missing or is no course summary: the scoreboard leaves its groups out`)
    this.#summaries.set(out, rows)
    return rows
  }

  /** The group's figures, or null when its course folder has none for it. */
  figures(reportFile: string): GroupFigures | null {
    const {out, group} = CourseOutput.folders(reportFile)
    const row = this.#summary(out)?.get(group)
    return row ? figuresOf(row, group) : null
  }

  /** The group's checklist evidence, or null when `course` wrote none. */
  evidence(reportFile: string): ItemEvidenceData[] | null {
    const parsed = readJson(join(CourseOutput.folders(reportFile).groupFolder, 'checklist.json'))
    if (!Array.isArray(parsed)) return null
    return parsed.flatMap((entry): ItemEvidenceData[] => {
      if (!entry || typeof entry !== 'object' || typeof entry.item !== 'string') return []
      const evidence = entry.evidence === 'found' || entry.evidence === 'none' ? entry.evidence : 'not checkable'
      return [
        {
          item: entry.item,
          ticked: entry.ticked === true,
          evidence,
          files: Array.isArray(entry.files) ? entry.files.filter((file: unknown): file is string => typeof file === 'string') : [],
          moreFiles: number(entry.more_files) ?? 0,
          lookedFor: typeof entry.looked_for === 'string' ? entry.looked_for : null,
          missing: typeof entry.missing === 'string' ? entry.missing : null
        }
      ]
    })
  }
}
