/**
 * The course's summary: `summary.json` (one object per group, in input order)
 * and `summary.csv` for a spreadsheet, and the grading sheet `questions.csv`
 * (a row per group and question).
 */

import type {SharedPassage} from '@mlops-report/core'
import type {JsonReport} from '../format-json.js'
import {csvField} from './csv-field.js'
import type {CourseRow} from './judge-group.js'
import {FIGURE_NAMES, figuresOf, type RepoFigures} from './repo-figures.js'

/** The scraper's figures, in its order; the activity matrix (days × 24 counts) is in summary.json and repo_stats.json only. */
const FIGURE_COLUMNS = FIGURE_NAMES.filter((name) => name !== 'activity_matrix')

const COLUMNS = [
  'group',
  'repo',
  'commit',
  'committed',
  'passed',
  'total',
  'failing',
  'warnings',
  'similar',
  'error',
  'group_number',
  'group_size',
  ...FIGURE_COLUMNS,
  'figures_note',
  'checklist_items',
  'checklist_ticked',
  'checklist_unsupported'
] satisfies Array<keyof CourseRow>

export function summaryJson(rows: CourseRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`
}

/** A header row, then a row per group; `failing` as space-separated question numbers, null as an empty cell. */
export function summaryCsv(rows: CourseRow[]): string {
  const lines = [COLUMNS.join(',')]
  for (const row of rows) {
    lines.push(
      COLUMNS.map((column) => {
        const value = row[column]
        if (value === null) return ''
        return csvField(Array.isArray(value) ? value.join(' ') : String(value))
      }).join(',')
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

/** One entry of the course scraper's `repo_stats.json` (its `RepoStats` model, field for field). */
export interface ScraperRepoStats extends RepoFigures {
  group_number: number
  group_size: number
  num_warnings: number | null
}

/**
 * The course's `repo_stats.json`, as its scraper writes it and its
 * leaderboard reads it. The model wants numbers where a group given as a
 * repository has none: such a group takes its place in the input as its
 * number, and 0 students.
 */
export function repoStatsJson(rows: CourseRow[]): string {
  const stats = rows.map(
    (row, index): ScraperRepoStats => ({
      group_number: row.group_number ?? index + 1,
      group_size: row.group_size ?? 0,
      ...figuresOf(row),
      num_warnings: row.warnings
    })
  )
  return `${JSON.stringify(stats)}\n`
}

const QUESTION_COLUMNS = ['group', 'question', 'words', 'word_range', 'images', 'image_range', 'pass', 'shared_with'] as const

function range(value: readonly [number, number] | null): string {
  return value === null ? '' : `${value[0]}-${value[1]}`
}

/**
 * The grading sheet: a header row, then a row per group and question, groups
 * in input order, with the official figures against the ranges and whether the
 * course checker passes it (`yes`, `no`; empty where it could not be judged),
 * and the groups or earlier reports its answer shares a long passage with.
 * A group that could not be judged has no rows.
 */
export function questionsCsv(groups: Array<{group: string; questions: JsonReport['questions'] | null}>, shared: SharedPassage[] = []): string {
  // Who shares a passage with each group's answer to each question, either way round.
  const sharedWith = new Map<string, Set<string>>()
  const note = (group: string, question: number, other: string) => {
    const key = `${group}\u0000${question}`
    const set = sharedWith.get(key) ?? new Set<string>()
    set.add(other)
    sharedWith.set(key, set)
  }
  for (const entry of shared) {
    note(entry.report, entry.question, entry.other)
    note(entry.other, entry.question, entry.report)
  }
  const lines = [QUESTION_COLUMNS.join(',')]
  for (const {group, questions} of groups) {
    for (const question of questions ?? []) {
      const pass = question.pass === null ? '' : question.pass ? 'yes' : 'no'
      const others = [...(sharedWith.get(`${group}\u0000${question.number}`) ?? [])].join(' ')
      const cells = [
        group,
        String(question.number),
        String(question.words),
        range(question.wordRange),
        String(question.images),
        range(question.imageRange),
        pass,
        others
      ]
      lines.push(cells.map(csvField).join(','))
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
