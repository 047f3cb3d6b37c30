/**
 * The repository a report is in, as git holds it for the next commit (its
 * index: what is committed and what is staged), for the core's checklist
 * evidence: every path, and the text of the files the rules read. Three git
 * processes (the listing, the sizes, the texts); files over the core's limit
 * are never read, nor those that are not UTF-8. A report outside a git
 * repository, or where git cannot be run, has none: null.
 */

import {spawnSync} from 'node:child_process'
import {realpathSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {EVIDENCE_TEXT_LIMIT, type RepositorySnapshot, wantsText} from '@mlops-report/core'

// A student's repository configures git as it likes: none of it runs here.
const SAFETY = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.untrackedCache=false']
const utf8 = new TextDecoder('utf-8', {fatal: true})

function git(args: string[], cwd: string, input?: string): Buffer | null {
  const result = spawnSync('git', [...SAFETY, ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
    env: {...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0'}
  })
  return result.status === 0 ? result.stdout : null
}

const COURSE_REPORT = 'reports/README.md'

/** Whether `folder` is a repository's root: it holds a `.git` (a folder, or a worktree's file). */
function hasGit(folder: string): boolean {
  try {
    statSync(join(folder, '.git'))
    return true
  } catch {
    return false
  }
}

/**
 * `git cat-file --batch`'s output as contents by sha: each object's header
 * line (`<sha> <type> <size>`), its bytes and a newline; an object git
 * could not find (`<name> missing`) is left out.
 */
export function parseCatFileBatch(output: Buffer): Map<string, Buffer> {
  const contents = new Map<string, Buffer>()
  for (let at = 0; at < output.length; ) {
    const newline = output.indexOf(10, at)
    if (newline === -1) break
    const [sha, type, size] = output.subarray(at, newline).toString('utf8').split(' ')
    if (type === 'missing' || size === undefined) {
      at = newline + 1
      continue
    }
    const end = newline + 1 + Number(size)
    contents.set(sha!, output.subarray(newline + 1, end))
    at = end + 1
  }
  return contents
}

interface IndexEntry {
  mode: string
  sha: string
  path: string
}

function readIndex(root: string): IndexEntry[] | null {
  const listing = git(['ls-files', '-s', '-z', '--full-name'], root)
  if (listing === null) return null
  const entries: IndexEntry[] = []
  for (const record of listing.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t')
    if (tab === -1) continue
    const [mode, sha, stage] = record.slice(0, tab).split(' ')
    // A file in the middle of a merge stands once, as the side this branch had.
    if (!mode || !sha || (stage !== '0' && stage !== '2')) continue
    entries.push({mode, sha, path: record.slice(tab + 1)})
  }
  return entries
}

/** Every path as a recursive tree listing gives it: the files, and each folder above them once. */
function treePaths(entries: IndexEntry[]): string[] {
  const paths = new Set<string>()
  for (const {path} of entries) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) paths.add(path.slice(0, slash))
    paths.add(path)
  }
  return [...paths].sort()
}

/** The texts of the blobs the rules read, by path: sizes first, so that no large blob is read. */
function readTexts(root: string, entries: IndexEntry[]): Map<string, string> {
  const texts = new Map<string, string>()
  const wanted = entries.filter((entry) => entry.mode !== '120000' && entry.mode !== '160000' && wantsText(entry.path))
  if (wanted.length === 0) return texts
  const checked = git(['cat-file', '--batch-check=%(objectname) %(objectsize)'], root, `${[...new Set(wanted.map((entry) => entry.sha))].join('\n')}\n`)
  if (checked === null) return texts
  const small = new Set<string>()
  for (const line of checked.toString('utf8').split('\n')) {
    const [sha, size] = line.split(' ')
    if (sha && size !== undefined && /^\d+$/.test(size) && Number(size) <= EVIDENCE_TEXT_LIMIT) small.add(sha)
  }
  if (small.size === 0) return texts
  const output = git(['cat-file', '--batch'], root, `${[...small].join('\n')}\n`)
  if (output === null) return texts
  const contents = parseCatFileBatch(output)
  for (const entry of wanted) {
    const content = contents.get(entry.sha)
    if (content === undefined) continue
    try {
      texts.set(entry.path, utf8.decode(content))
    } catch {
      // Not text: read as absent.
    }
  }
  return texts
}

const kept = new Map<string, {index: string; snapshot: RepositorySnapshot}>()

/**
 * The snapshot of the repository whose course report is at `path`: its index
 * holds the file, at `reports/README.md`, where the template has it and the
 * course reads it. Null otherwise: a report outside a repository, not yet
 * added, or elsewhere in one (a copy in a teacher's folder, an example in a
 * tool's repository) is not held against that repository. Kept per
 * repository until its index changes, so an editor that checks on every
 * keystroke reads it once per commit or `git add`.
 */
export function repositorySnapshotOf(path: string): RepositorySnapshot | null {
  const absolute = resolve(path)
  let real = absolute
  try {
    real = realpathSync(absolute)
  } catch {
    // Not on disk (a report read from the index only): as given.
  }
  // The template's place, two folders below the repository's root.
  const root = dirname(dirname(real))
  if (relative(root, real).split(sep).join('/') !== COURSE_REPORT || !hasGit(root)) return null
  const snapshot = snapshotOfRoot(root)
  return snapshot?.paths.includes(COURSE_REPORT) ? snapshot : null
}

function snapshotOfRoot(root: string): RepositorySnapshot | null {
  let index = ''
  try {
    const stat = statSync(join(root, '.git', 'index'))
    index = `${stat.size}:${stat.mtimeMs}`
  } catch {
    // A worktree's index lives elsewhere, or there is none yet: read each time.
  }
  const known = kept.get(root)
  if (known && index !== '' && known.index === index) return known.snapshot
  const entries = readIndex(root)
  if (entries === null) return null
  const snapshot: RepositorySnapshot = {paths: treePaths(entries), texts: readTexts(root, entries)}
  if (index !== '') kept.set(root, {index, snapshot})
  return snapshot
}
