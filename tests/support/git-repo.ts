/**
 * Real git repositories for the hook tests: a student's repository with a
 * report and its figures, the state of its index and work tree (to show that
 * nothing is lost), and a snapshot of this project as pre-commit clones it.
 */

import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {expect} from 'vitest'
import {fixtureFigures, fixtureReport, type FixtureOptions, words} from '../../packages/core/test/fixture-report.js'
import {repoRoot} from './shared.js'
import {tempDir} from './temp.js'

/** The smallest valid PNG (1×1), for figures. */
export const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex'
)

export interface Run {
  status: number | null
  stdout: string
  stderr: string
  /** Both streams, as a person at the terminal reads them. */
  output: string
}

/** Identity and configuration for every git a test starts, whatever the machine's. */
export const gitEnv = {
  GIT_AUTHOR_NAME: 'Student',
  GIT_AUTHOR_EMAIL: 'student@example.org',
  GIT_COMMITTER_NAME: 'Student',
  GIT_COMMITTER_EMAIL: 'student@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0'
}

export function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: {...process.env, ...gitEnv, ...options.env}})
  if (result.error) throw result.error
  const stdout = String(result.stdout)
  const stderr = String(result.stderr)
  return {status: result.status, stdout, stderr, output: stdout + stderr}
}

export function git(cwd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = run('git', args, cwd, options)
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${result.output}`)
  return result.stdout
}

export interface StudentRepo {
  dir: string
  /** The report's folder inside the repository ('' for its root). */
  reportFolder: string
  reportPath: string
}

export interface StudentRepoOptions extends FixtureOptions {
  /** Where the report goes (default `reports`); '' for the repository's root. */
  reportFolder?: string
  crlf?: boolean
  /** Keep it for the whole test file (default: removed after the test). */
  forFile?: boolean
}

/** A repository with a passing report and its figures, committed without hooks. */
export function studentRepo(options: StudentRepoOptions = {}): StudentRepo {
  const dir = tempDir('mlops-report-student-', {forFile: options.forFile ?? false})
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  git(dir, ['config', 'core.autocrlf', 'false'])
  const reportFolder = options.reportFolder ?? 'reports'
  const folder = join(dir, reportFolder)
  mkdirSync(join(folder, 'figures'), {recursive: true})
  const text = fixtureReport(options)
  writeFileSync(join(folder, 'README.md'), options.crlf ? text.replace(/\n/g, '\r\n') : text)
  for (const figure of fixtureFigures(options.generation)) writeFileSync(join(folder, figure), png)
  mkdirSync(join(dir, 'src'))
  writeFileSync(join(dir, 'src', 'train.py'), 'print("training")\n')
  git(dir, ['add', '.'])
  git(dir, ['commit', '--quiet', '--no-verify', '-m', 'Project with a report'])
  return {dir, reportFolder, reportPath: reportFolder === '' ? 'README.md' : `${reportFolder}/README.md`}
}

/** Replaces question `number`'s answer in the report on disk (between its `Answer:` line and the next heading). */
export function setAnswer(repo: StudentRepo, number: number, answer: string): void {
  const path = join(repo.dir, repo.reportPath)
  const text = readFileSync(path, 'utf8')
  const pattern = new RegExp(`(### Question ${number}\\b[\\s\\S]*?Answer:\\r?\\n\\r?\\n)[\\s\\S]*?(\\r?\\n\\r?\\n#{2,3} )`)
  if (!pattern.test(text)) throw new Error(`question ${number} not found in ${path}`)
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  writeFileSync(
    path,
    text.replace(pattern, (_, head: string, tail: string) => head + answer.replace(/\n/g, newline) + tail)
  )
}

/** Stages only the hunk of the report's unstaged changes that holds `text` (as `git add -p` would). */
export function stageHunkWith(repo: StudentRepo, text: string): void {
  const [header, ...hunks] = git(repo.dir, ['diff', '-U0', repo.reportPath]).split(/^(?=@@)/m)
  const hunk = hunks.find((candidate) => candidate.includes(text))
  if (!hunk) throw new Error(`no unstaged hunk of ${repo.reportPath} holds "${text.slice(0, 40)}"`)
  git(repo.dir, ['apply', '--cached', '--unidiff-zero', '-'], {input: header + hunk})
}

/** Everything a commit could lose: the index (paths, modes, blobs) and the bytes of every file in the work tree that git sees. */
export function repositoryState(dir: string): {head: string; index: string; tree: Record<string, string>} {
  const index = git(dir, ['ls-files', '--stage'])
  const files = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean)
  const tree: Record<string, string> = {}
  for (const file of files) {
    try {
      tree[file] = readFileSync(join(dir, file)).toString('base64')
    } catch {
      tree[file] = '(deleted)'
    }
  }
  return {head: git(dir, ['rev-parse', 'HEAD']).trim(), index, tree}
}

let snapshot: {path: string; rev: string} | undefined

/**
 * This project as a hook repository: its files as they are in the work tree
 * (tracked, and new ones git does not ignore), committed to a fresh
 * repository that pre-commit clones like any other.
 */
export function hookRepository(): {path: string; rev: string} {
  if (snapshot) return snapshot
  const path = tempDir('mlops-report-hook-repo-', {forFile: true})
  const files = git(repoRoot, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean)
  for (const file of files) {
    const target = join(path, file)
    mkdirSync(dirname(target), {recursive: true})
    try {
      copyFileSync(join(repoRoot, file), target)
    } catch {
      // Deleted in the work tree: not part of the snapshot.
    }
  }
  git(path, ['init', '--quiet', '--initial-branch=main'])
  git(path, ['add', '.'])
  git(path, ['commit', '--quiet', '--no-verify', '-m', 'snapshot'])
  snapshot = {path, rev: git(path, ['rev-parse', 'HEAD']).trim()}
  return snapshot
}

/**
 * The same partial-staging scenario on any hook route (`commit` makes a commit
 * through it): a failing hunk staged, a passing one left unstaged. The refused
 * commit leaves the index and the work tree exactly as they were; after the
 * failing hunk is mended and staged, the accepted commit holds only the
 * staged hunks and the unstaged one is still in the work tree.
 */
export function expectPartialStagingKept(repo: StudentRepo, commit: (message: string) => Run): void {
  setAnswer(repo, 4, words(86))
  setAnswer(repo, 20, words(3, 'unstaged'))
  stageHunkWith(repo, words(86))
  const before = repositoryState(repo.dir)
  const refused = commit('Partly staged, failing')
  expect(refused.status).toBe(1)
  expect(refused.output).toContain('Question 4: 86 words')
  expect(refused.output).not.toContain('Question 20')
  expect(repositoryState(repo.dir)).toEqual(before)

  setAnswer(repo, 4, words(150, 'longer'))
  stageHunkWith(repo, 'longer')
  const work = readFileSync(join(repo.dir, repo.reportPath))
  const accepted = commit('Partly staged, passing')
  expect(accepted.status, accepted.output).toBe(0)
  expect(readFileSync(join(repo.dir, repo.reportPath))).toEqual(work)
  expect(git(repo.dir, ['show', `HEAD:${repo.reportPath}`])).toContain(words(150, 'longer'))
  expect(git(repo.dir, ['show', `HEAD:${repo.reportPath}`])).not.toContain('unstaged')
  expect(git(repo.dir, ['diff', '--cached', '--name-only'])).toBe('')
  expect(git(repo.dir, ['diff', '--name-only']).trim()).toBe(repo.reportPath)
}
