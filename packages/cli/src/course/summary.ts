/** The course's summary: `summary.json` (one object per group, in input order) and `summary.csv` for a spreadsheet. */

import type {CourseRow} from './judge-group.js'

const COLUMNS = ['group', 'repo', 'commit', 'committed', 'passed', 'total', 'failing', 'warnings', 'error'] as const

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

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
