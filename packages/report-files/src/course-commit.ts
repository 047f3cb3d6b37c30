/**
 * The commit a course run judged a group's report at: `mlops-report course`
 * writes it beside the group's `reports/` folder, and the published course
 * index shows it. A small JSON file read only when it is there.
 */

import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'

export const courseCommitFile = 'course-commit.json'

export interface CourseCommit {
  /** The repository as the course's CSV gave it. */
  repo: string
  /** The full sha of the commit judged. */
  commit: string
  /** Its committer date, ISO 8601 with offset. */
  committed: string
  /** The deadline it was taken at, ISO 8601. */
  deadline: string
}

function isCourseCommit(value: unknown): value is CourseCommit {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return (
    typeof entry.repo === 'string' &&
    typeof entry.commit === 'string' &&
    /^[0-9a-f]{40,64}$/.test(entry.commit) &&
    typeof entry.committed === 'string' &&
    typeof entry.deadline === 'string'
  )
}

/** Writes the record beside a group's `reports/` folder, in `groupFolder`. */
export function writeCourseCommit(groupFolder: string, record: CourseCommit): void {
  writeFileSync(join(groupFolder, courseCommitFile), `${JSON.stringify(record, null, 2)}\n`)
}

/** The course commit of the report at `reportFile` (`…/<group>/reports/README.md`), or null when there is none or it is not one. */
export function readCourseCommit(reportFile: string): CourseCommit | null {
  try {
    const value: unknown = JSON.parse(readFileSync(join(dirname(dirname(reportFile)), courseCommitFile), 'utf8'))
    return isCourseCommit(value) ? {repo: value.repo, commit: value.commit, committed: value.committed, deadline: value.deadline} : null
  } catch {
    return null
  }
}
