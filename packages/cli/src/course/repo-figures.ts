/**
 * The figures the course's scraper (`tools/repo_stats` of the course
 * repository) records per group, by its own rules but from the repository
 * at the deadline instead of from GitHub's API when it happens to run:
 * the tree as GitHub's tree API lists it, the commits reachable from the
 * judged commit (each once: the scraper counts a pull request's commits
 * twice when it was merged with a merge commit), and the root README's words.
 */

import {scraperPaths} from '@mlops-report/core'
import {renderPythonMarkdown} from '@mlops-report/handin-markdown'
import type {LoggedCommit, TreeEntry} from './git-mirror.js'

/** The scraper's `RepoStats` fields that come from the repository, with its names; null where not known. */
export interface RepoFigures {
  num_contributors: number | null
  num_prs: number | null
  num_commits_to_main: number | null
  average_commit_length_to_main: number | null
  latest_commit: string | null
  average_commit_length: number | null
  contributions_per_contributor: number[] | null
  total_commits: number | null
  activity_matrix: number[][] | null
  num_docker_files: number | null
  num_python_files: number | null
  num_workflow_files: number | null
  has_requirements_file: boolean | null
  has_cloudbuild: boolean | null
  using_dvc: boolean | null
  repo_size: number | null
  readme_length: number | null
  /** Whether the workflows passed on the judged commit: only GitHub's API knows, so always null. */
  actions_passing: null
}

export const NO_FIGURES: RepoFigures = {
  num_contributors: null,
  num_prs: null,
  num_commits_to_main: null,
  average_commit_length_to_main: null,
  latest_commit: null,
  average_commit_length: null,
  contributions_per_contributor: null,
  total_commits: null,
  activity_matrix: null,
  num_docker_files: null,
  num_python_files: null,
  num_workflow_files: null,
  has_requirements_file: null,
  has_cloudbuild: null,
  using_dvc: null,
  repo_size: null,
  readme_length: null,
  actions_passing: null
}

/** The figures' names, in the scraper's order. */
export const FIGURE_NAMES = Object.keys(NO_FIGURES) as Array<keyof RepoFigures>

/** Just the figures of a row that holds them among other things. */
export function figuresOf(row: RepoFigures): RepoFigures {
  return Object.fromEntries(FIGURE_NAMES.map((name) => [name, row[name]])) as unknown as RepoFigures
}

type TreeFigures = Pick<RepoFigures, 'num_docker_files' | 'num_python_files' | 'num_workflow_files' | 'has_requirements_file' | 'has_cloudbuild' | 'using_dvc'>

/** The scraper's tests on each listed path, folders and submodules included, as it makes them (substrings, not file types). */
export function treeFigures(entries: TreeEntry[]): TreeFigures {
  const paths = entries.map((entry) => entry.path)
  return {
    num_docker_files: paths.filter(scraperPaths.dockerFile).length,
    num_python_files: paths.filter(scraperPaths.pythonFile).length,
    num_workflow_files: paths.filter(scraperPaths.workflowFile).length,
    has_requirements_file: paths.some(scraperPaths.requirementsFile),
    has_cloudbuild: paths.some(scraperPaths.cloudbuild),
    using_dvc: paths.some(scraperPaths.dvc)
  }
}

/** The blobs' sizes summed, in MiB (the tree API gives a size for blobs only); null when a blob's size is not known. */
export function repoSize(entries: TreeEntry[], sizes: Map<string, number>): number | null {
  let bytes = 0
  for (const entry of entries) {
    if (entry.type !== 'blob') continue
    const size = sizes.get(entry.sha)
    if (size === undefined) return null
    bytes += size
  }
  return bytes / 1024 ** 2
}

const SECONDS_PER_DAY = 86_400
const WEEK = 7 * SECONDS_PER_DAY

/**
 * The scraper's `create_activity_matrix(commits, max_delta=3, min_delta=1)`:
 * commits per day (from the first commit's time) and hour of the day (UTC),
 * over at least one week and at most three.
 */
export function activityMatrix(committerTimes: number[]): number[][] {
  if (committerTimes.length === 0) return []
  const times = [...committerTimes].sort((a, b) => a - b)
  const start = times[0]!
  const end = Math.max(start + WEEK, Math.min(start + 3 * WEEK, times.at(-1)!))
  const days = Math.floor((end - start) / SECONDS_PER_DAY) + 1
  const matrix = Array.from({length: days}, () => new Array<number>(24).fill(0))
  for (const time of times) {
    if (time < start || time > end) continue
    const hour = ((Math.floor(time / 3600) % 24) + 24) % 24
    matrix[Math.floor((time - start) / SECONDS_PER_DAY)]![hour]!++
  }
  return matrix
}

/** Python's `len` of the message without its trailing whitespace: characters (code points), not UTF-16 units. */
function messageLength(message: string): number {
  let length = 0
  for (const _ of message.trimEnd()) length++
  return length
}

/** The pull request a commit merged, as GitHub writes it: `Merge pull request #N …`, or a squash merge's `… (#N)`. */
export function mergedPullRequest(message: string): number | null {
  const subject = message.split('\n', 1)[0]!.trim()
  const number = /^Merge pull request #(\d+)\b/.exec(subject)?.[1] ?? /\(#(\d+)\)$/.exec(subject)?.[1]
  return number === undefined ? null : Number(number)
}

/** An ISO 8601 time as GitHub's API gives it (UTC, whole seconds); null for a time JavaScript cannot hold. */
function apiTime(seconds: number): string | null {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

type CommitFigures = Pick<
  RepoFigures,
  | 'num_contributors'
  | 'num_prs'
  | 'num_commits_to_main'
  | 'average_commit_length_to_main'
  | 'latest_commit'
  | 'average_commit_length'
  | 'contributions_per_contributor'
  | 'total_commits'
  | 'activity_matrix'
>

/** The figures of the commits reachable from the judged commit, which comes first. */
export function commitFigures(commits: LoggedCommit[]): CommitFigures {
  const byContributor = new Map<string, number>()
  for (const commit of commits) {
    const contributor = commit.email.toLowerCase()
    byContributor.set(contributor, (byContributor.get(contributor) ?? 0) + 1)
  }
  const pullRequests = new Set(commits.map((commit) => mergedPullRequest(commit.message)).filter((number) => number !== null))
  const averageLength = commits.length === 0 ? null : commits.reduce((sum, commit) => sum + messageLength(commit.message), 0) / commits.length
  return {
    num_contributors: byContributor.size,
    num_prs: pullRequests.size,
    num_commits_to_main: commits.length,
    average_commit_length_to_main: averageLength,
    latest_commit: commits[0] === undefined ? null : apiTime(commits[0].authored),
    average_commit_length: averageLength,
    contributions_per_contributor: [...byContributor.values()].sort((a, b) => b - a),
    total_commits: commits.length,
    activity_matrix: activityMatrix(commits.map((commit) => commit.committed))
  }
}

/** GitHub's `/readme`: a README file at the top of the tree, README.md first. */
export function rootReadme(entries: TreeEntry[]): TreeEntry | null {
  const candidates = entries.filter((entry) => entry.type === 'blob' && entry.mode !== '120000' && /^readme(\.[^./]+)?$/i.test(entry.path))
  const rank = (entry: TreeEntry) => (entry.path === 'README.md' ? 0 : /\.md$/i.test(entry.path) ? 1 : 2)
  return candidates.sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : 1))[0] ?? null
}

/**
 * The scraper's `readme_length`: markdown2's HTML of the README split on
 * whitespace (its `extras=["strip"]` is no markdown2 extra, so tags with
 * attributes count as words too). Python-Markdown's HTML differs from
 * markdown2's in details only: on the course's reports the two counts lie
 * within 3 per cent of each other.
 */
export function readmeLength(text: string): number {
  return renderPythonMarkdown(text)
    .split(/\s+/)
    .filter((word) => word !== '').length
}
