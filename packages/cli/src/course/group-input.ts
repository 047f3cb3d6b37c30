/**
 * The groups of a course: the course's `group_info.csv` as it is (a header
 * row, then `group_number, student_1 … student_5, repo_url`), or repository
 * URLs and paths. Each group gets a folder name that is safe on disk:
 * `group_<number>` as the course's clone command names them, else the
 * repository's name.
 */

import {UsageError} from '../usage.js'

export interface CourseGroup {
  /** The folder name, unique in the course. */
  group: string
  /** The repository as given: a URL or a path; '' when the CSV gives none. */
  repo: string
  /** Its `group_number` in `group_info.csv`, or null (repositories given one by one, or not a number). */
  number: number | null
  /** Its students in `group_info.csv` (the filled `student_…` cells, as the scraper counts them), or null. */
  size: number | null
}

/** RFC 4180 fields: commas, quotes doubled inside quoted fields, CRLF or LF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
}

/** Letters, digits, `.`, `_` and `-` only, and never `.` or `..`: a name from a CSV or a URL becomes a folder. */
function safeName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_')
  return safe === '' ? '_' : safe
}

/** The repository's name in a URL or path: its last segment without `.git`. */
export function repositoryName(repo: string): string {
  const trimmed = repo
    .trim()
    .replace(/[/\\]+$/, '')
    .replace(/\.git$/, '')
  const last = trimmed.split(/[/\\:]/).pop() ?? ''
  return safeName(last || 'repository')
}

/** Each name once: a repeated one gets `-2`, `-3`, …, never a name another group has. */
function unique(groups: CourseGroup[]): CourseGroup[] {
  const given = new Set(groups.map((entry) => entry.group))
  const used = new Set<string>()
  return groups.map((entry) => {
    let group = entry.group
    for (let count = 2; used.has(group); count++) {
      group = `${entry.group}-${count}`
      if (given.has(group)) group = entry.group
    }
    used.add(group)
    return group === entry.group ? entry : {...entry, group}
  })
}

/** The groups of `group_info.csv`'s text: columns found by their header names, else the first and the last. */
export function groupsFromCsv(text: string, source: string): CourseGroup[] {
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ''))
  if (!header || rows.length === 0) throw new UsageError(`${source}: no groups (expected a header row, then one row per group)`)
  const names = header.map((cell) => cell.trim().toLowerCase())
  const numberColumn = names.indexOf('group_number') === -1 ? 0 : names.indexOf('group_number')
  const urlColumn = names.indexOf('repo_url') === -1 ? header.length - 1 : names.indexOf('repo_url')
  // The scraper's load_data reads the columns between the number and the URL as the students.
  const named = names.flatMap((name, index) => (/^student_\d+$/.test(name) ? [index] : []))
  const studentColumns = named.length > 0 ? named : names.map((_, index) => index).filter((index) => index > numberColumn && index < urlColumn)
  return unique(
    rows.map((cells) => {
      const number = (cells[numberColumn] ?? '').trim()
      return {
        group: safeName(`group_${number}`),
        repo: (cells[urlColumn] ?? '').trim(),
        number: /^\d+$/.test(number) ? Number(number) : null,
        size: studentColumns.filter((index) => (cells[index] ?? '') !== '').length
      }
    })
  )
}

/** The groups of repositories given one by one, named after them. */
export function groupsFromRepositories(repos: string[]): CourseGroup[] {
  return unique(repos.map((repo) => ({group: repositoryName(repo), repo, number: null, size: null})))
}
