/**
 * The course's own scraper code, run by Debian's python3 on what a test
 * gives it (see course_scraper.py): the oracle for `course`'s repo_stats.json.
 */

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {sharedDir, sharedPresent} from './shared.js'

const scraperDir = join(sharedDir, 'oracles', 'course-repo-stats')
const python = '/usr/bin/python3'

/** Whether the scraper's code and what it imports are here. */
export const scraperPresent =
  existsSync(join(scraperDir, 'models.py')) &&
  spawnSync(python, ['-c', 'import numpy, pydantic, markdown2, requests, dotenv, loguru'], {stdio: 'ignore'}).status === 0

if (process.env.CI && sharedPresent && !scraperPresent) {
  throw new Error(
    "the course's scraper cannot be run: python3-numpy, python3-pydantic, python3-markdown2, python3-requests, python3-dotenv or python3-loguru is missing"
  )
}

export interface ScraperRequest {
  /** Records to validate with `RepoStats(**record)`. */
  repo_stats?: unknown[]
  /** A tree as GitHub's tree API lists it: `{path, type, size?}`. */
  tree?: Array<{path: string; type: string; size?: number}>
  /** Committer dates as the API gives them (`…Z`). */
  committer_dates?: string[]
  readme?: string
}

export interface ScraperAnswer {
  repo_stats?: Array<Record<string, unknown>>
  tree?: Record<string, number | boolean>
  activity_matrix?: number[][]
  readme_length?: number
}

export function askScraper(request: ScraperRequest): ScraperAnswer {
  const script = fileURLToPath(new URL('course_scraper.py', import.meta.url))
  const result = spawnSync(python, [script, scraperDir], {input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.status !== 0) throw new Error(`the course's scraper failed:\n${result.stderr}`)
  return JSON.parse(result.stdout) as ScraperAnswer
}
