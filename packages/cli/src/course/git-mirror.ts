/**
 * A group's repository as a bare, blobless mirror in the course's cache, and
 * what the course command reads from it. Nothing of the student's repository
 * runs: a bare repository has no work tree, so no checkout, no hooks, no
 * smudge or LFS filters and no submodules; blobs are fetched only for the
 * files read. Git never prompts (a repository that asks for a password is
 * unreadable), and `ext::` URLs and option-like URLs are refused.
 */

import {execFile, spawn} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import {isAbsolute, join, resolve} from 'node:path'
import {parseCatFileBatch} from '@mlops-report/report-files'

/** How long one git command may take (a clone of a large repository over the network included). */
const GIT_TIMEOUT_MS = 10 * 60 * 1000

const SAFETY = ['-c', 'core.hooksPath=/dev/null', '-c', 'protocol.ext.allow=never', '-c', 'core.fsmonitor=false']

const environment: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: 'true',
  SSH_ASKPASS: 'true',
  GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
  GIT_LFS_SKIP_SMUDGE: '1',
  GIT_CONFIG_NOSYSTEM: '1'
}

/** A git command that failed, with git's own last words. */
export class GitFailure extends Error {
  override name = 'GitFailure'
}

/** What git said went wrong: its first `fatal:` or `error:` line, else its last line. */
function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim())
  const fatal = lines.find((line) => /^(fatal|error): /.test(line))
  if (fatal) return fatal.replace(/^(fatal|error): /, '')
  return lines.filter((line) => line !== '' && !/^(warning|hint):/.test(line)).pop() ?? 'git failed'
}

function git(args: string[], cwd: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    execFile(
      'git',
      [...SAFETY, ...args],
      {cwd, env: environment, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: GIT_TIMEOUT_MS},
      (error, stdout, stderr) => {
        if (error) fail(new GitFailure(error.killed ? `git ${args[0]} took longer than ${GIT_TIMEOUT_MS / 60000} minutes` : gitReason(stderr.toString('utf8'))))
        else done(stdout)
      }
    )
  })
}

/** Whether git can be run here at all: asked once, so that a machine without it hears so once, not once per group. */
export function gitIsInstalled(): Promise<boolean> {
  return new Promise((done) => {
    execFile('git', ['--version'], {env: environment, timeout: GIT_TIMEOUT_MS}, (error) => {
      done(!(error && (error as NodeJS.ErrnoException).code === 'ENOENT'))
    })
  })
}

/** A path given for a repository is taken from the working folder, as `git clone` would. */
function cloneSource(repo: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repo) || /^[^/\\]+@[^/\\]+:/.test(repo) || isAbsolute(repo)) return repo
  return resolve(cwd, repo)
}

export type MirrorOutcome = 'cloned' | 'fetched' | 'up to date'

/** The origin URL a mirror was made from, read from its config (no git process). */
function mirroredUrl(mirror: string): string | null {
  try {
    const config = readFileSync(join(mirror, 'config'), 'utf8')
    return /\[remote "origin"\][^[]*?^\s*url = (.*)$/m.exec(config)?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

/** Branch tips and the default branch, as `ref sha` lines sorted, with `HEAD ref` for the default branch. */
function describeRefs(heads: string, head: string | null): string {
  return [...heads.split('\n').filter(Boolean), `HEAD ${head ?? ''}`].sort().join('\n')
}

/**
 * Makes or updates the mirror of `repo` in `mirror`. One look at the remote
 * (its branch tips and default branch) tells whether anything is new; only
 * then is it fetched, and only what is new.
 */
export async function updateMirror(repo: string, mirror: string, cwd: string): Promise<MirrorOutcome> {
  if (repo.startsWith('-') || /^ext::/i.test(repo)) throw new GitFailure(`not a repository URL: ${repo}`)
  const source = cloneSource(repo, cwd)
  // Another repository for this group than last time (or a broken cache): start again.
  if (existsSync(mirror) && mirroredUrl(mirror) !== source) rmSync(mirror, {recursive: true, force: true})
  if (!existsSync(mirror)) {
    await git(['clone', '--bare', '--quiet', '--no-tags', '--filter=blob:none', '--', source, mirror], cwd)
    return 'cloned'
  }
  const advertised = (await git(['ls-remote', '--symref', 'origin', 'HEAD', 'refs/heads/*'], mirror)).toString('utf8')
  const remoteHead = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(advertised)?.[1] ?? null
  const remoteHeads = advertised
    .split('\n')
    .filter((line) => /^[0-9a-f]{40,64}\trefs\/heads\//.test(line))
    .map((line) => line.split('\t').reverse().join(' '))
    .join('\n')
  const localHeads = (await git(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads'], mirror)).toString('utf8')
  const localHead = /^ref: (\S+)/.exec(readFileSync(join(mirror, 'HEAD'), 'utf8'))?.[1] ?? null
  if (describeRefs(remoteHeads, remoteHead) === describeRefs(localHeads, localHead)) return 'up to date'
  await git(['fetch', '--quiet', '--prune', '--no-tags', '--update-head-ok', '--filter=blob:none', 'origin', '+refs/heads/*:refs/heads/*'], mirror)
  if (remoteHead && remoteHead !== localHead) await git(['symbolic-ref', 'HEAD', remoteHead], mirror)
  return 'fetched'
}

export interface DeadlineCommit {
  sha: string
  /** The committer date, ISO 8601 with the committer's offset. */
  committed: string
}

/** The default branch's last commit (first parents: what the branch pointed to) at or before `deadline`; null when there is none. */
export async function commitAtDeadline(mirror: string, deadline: Date): Promise<DeadlineCommit | null> {
  let log: string
  try {
    log = (await git(['log', '--first-parent', '--format=%H%x09%ct%x09%cI', 'HEAD'], mirror)).toString('utf8')
  } catch (error) {
    // An empty repository has no commit at all; any other failure is the repository's to report.
    if (error instanceof GitFailure && /does not have any commits|bad default revision|unknown revision/.test(error.message)) return null
    throw error
  }
  const limit = Math.floor(deadline.getTime() / 1000)
  for (const line of log.split('\n')) {
    const [sha, seconds, committed] = line.split('\t')
    if (sha && Number(seconds) <= limit) return {sha, committed: committed!}
  }
  return null
}

export interface TreeEntry {
  mode: string
  type: string
  sha: string
  /** The path in the repository, with `/`. */
  path: string
}

/**
 * Every entry of the commit's tree, recursively, folders and submodules
 * included: what GitHub's tree API lists, which the course's scraper counts over.
 */
export async function listTree(mirror: string, commit: string): Promise<TreeEntry[]> {
  const out = (await git(['ls-tree', '-r', '-t', '-z', '--full-tree', commit], mirror)).toString('utf8')
  return out
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t')
      const [mode, type, sha] = record.slice(0, tab).split(' ')
      return {mode: mode!, type: type!, sha: sha!, path: record.slice(tab + 1)}
    })
}

/** Runs git with `input` on its standard input; its standard output. */
function gitWithInput(args: string[], input: string, cwd: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = spawn('git', [...SAFETY, ...args], {cwd, env: environment, stdio: ['pipe', 'pipe', 'pipe']})
    const chunks: Buffer[] = []
    let stderr = ''
    const timer = setTimeout(() => child.kill(), GIT_TIMEOUT_MS)
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.on('error', (error) => fail(new GitFailure(error.message)))
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code !== 0) fail(new GitFailure(gitReason(stderr)))
      else done(Buffer.concat(chunks))
    })
    // A child that dies before reading all of its input is reported by 'close'.
    child.stdin.on('error', () => {})
    child.stdin.end(input)
  })
}

export interface FetchedBlobs {
  /** The blobs of the tree that the remote could not serve (a corrupt or partial remote). */
  unavailable: Set<string>
  /** What the remote said when it could not, or null. */
  reason: string | null
}

function fetchBlobs(mirror: string, shas: string[]): Promise<Buffer> {
  return gitWithInput(
    [
      '-c',
      'fetch.negotiationAlgorithm=noop',
      '-c',
      'maintenance.auto=false',
      '-c',
      'gc.auto=0',
      'fetch',
      '--quiet',
      'origin',
      '--no-tags',
      '--no-write-fetch-head',
      '--recurse-submodules=no',
      '--filter=blob:none',
      '--stdin'
    ],
    `${shas.join('\n')}\n`,
    mirror
  )
}

/**
 * Fetches, in one request, the blobs of the commit's tree that a blobless
 * mirror does not hold yet; without this, each would be fetched on its own as
 * it is read, and git gives up on the first one the remote cannot serve.
 * When the remote fails, halves are tried, so that a few lost blobs cost a
 * few requests and the rest still arrive.
 */
export async function fetchTreeBlobs(mirror: string, commit: string): Promise<FetchedBlobs> {
  const objects = (await git(['rev-list', '--objects', '--no-walk', '--missing=print', commit], mirror)).toString('utf8')
  const missing = objects
    .split('\n')
    .filter((line) => line.startsWith('?'))
    .map((line) => line.slice(1).split(' ')[0]!)
  const fetched: FetchedBlobs = {unavailable: new Set(), reason: null}
  const fetchAll = async (shas: string[]): Promise<void> => {
    try {
      await fetchBlobs(mirror, shas)
    } catch (error) {
      if (!(error instanceof GitFailure)) throw error
      if (shas.length === 1) {
        fetched.unavailable.add(shas[0]!)
        fetched.reason ??= error.message
        return
      }
      const half = Math.ceil(shas.length / 2)
      await fetchAll(shas.slice(0, half))
      await fetchAll(shas.slice(half))
    }
  }
  if (missing.length > 0) await fetchAll(missing)
  return fetched
}

/** The size in bytes of each blob the mirror holds, by sha; a blob it does not hold is left out. */
export async function blobSizes(mirror: string, shas: string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(shas)]
  const sizes = new Map<string, number>()
  if (wanted.length === 0) return sizes
  const out = await gitWithInput(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], `${wanted.join('\n')}\n`, mirror)
  for (const line of out.toString('utf8').split('\n')) {
    const [sha, type, size] = line.split(' ')
    if (type === 'blob' && size !== undefined) sizes.set(sha!, Number(size))
  }
  return sizes
}

export interface LoggedCommit {
  sha: string
  /** The author's e-mail address after the repository's `.mailmap`, as git gives it. */
  email: string
  /** Author and committer times, seconds since 1970. */
  authored: number
  committed: number
  /** The full message, as written. */
  message: string
}

/**
 * Every commit reachable from `commit` (merged branches included, each
 * once), newest first, with authors mapped by the `.mailmap` of that commit
 * (a bare mirror would otherwise read the branch tip's).
 */
export async function commitLog(mirror: string, commit: string, {mailmap}: {mailmap: boolean}): Promise<LoggedCommit[]> {
  const out = await git(
    ['-c', `mailmap.blob=${mailmap ? `${commit}:.mailmap` : ''}`, '-c', 'mailmap.file=', 'log', '-z', '--format=%H %at %ct %aE%n%B', commit],
    mirror
  )
  return out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const newline = record.indexOf('\n')
      const head = newline === -1 ? record : record.slice(0, newline)
      const [sha, authored, committed, ...email] = head.split(' ')
      return {
        sha: sha!,
        authored: Number(authored),
        committed: Number(committed),
        email: email.join(' '),
        message: newline === -1 ? '' : record.slice(newline + 1)
      }
    })
}

/** The contents of the given blobs, in one `git cat-file --batch`; a blob the mirror cannot get is left out. */
export async function readBlobs(mirror: string, shas: string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(shas)]
  if (wanted.length === 0) return new Map()
  return parseCatFileBatch(await gitWithInput(['cat-file', '--batch'], `${wanted.join('\n')}\n`, mirror))
}
