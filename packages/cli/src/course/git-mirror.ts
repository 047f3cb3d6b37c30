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

/** Every entry below `folder` in the commit's tree, recursively. */
export async function listTree(mirror: string, commit: string, folder: string): Promise<TreeEntry[]> {
  const out = (await git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', `${folder}/`], mirror)).toString('utf8')
  return out
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t')
      const [mode, type, sha] = record.slice(0, tab).split(' ')
      return {mode: mode!, type: type!, sha: sha!, path: record.slice(tab + 1)}
    })
}

/** The contents of the given blobs, in one `git cat-file --batch` (a blobless mirror fetches each as it is read). */
export function readBlobs(mirror: string, shas: string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(shas)]
  if (wanted.length === 0) return Promise.resolve(new Map())
  return new Promise((done, fail) => {
    const child = spawn('git', [...SAFETY, 'cat-file', '--batch'], {cwd: mirror, env: environment, stdio: ['pipe', 'pipe', 'pipe']})
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
      if (code !== 0) return fail(new GitFailure(gitReason(stderr)))
      const output = Buffer.concat(chunks)
      const blobs = new Map<string, Buffer>()
      let at = 0
      while (at < output.length) {
        const headerEnd = output.indexOf(10, at)
        const [sha, type, size] = output.subarray(at, headerEnd).toString('utf8').split(' ')
        if (type === 'missing' || size === undefined) {
          at = headerEnd + 1
          continue
        }
        const start = headerEnd + 1
        blobs.set(sha!, output.subarray(start, start + Number(size)))
        at = start + Number(size) + 1
      }
      done(blobs)
    })
    child.stdin.end(`${wanted.join('\n')}\n`)
  })
}
