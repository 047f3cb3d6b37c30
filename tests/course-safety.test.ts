/**
 * A course run never writes outside a group's folder, whatever tree a
 * repository serves: trees made byte by byte (`git hash-object --literally`),
 * which git itself would never check out, served as file:// remotes beside
 * an honest group that must still be judged. A machine without git hears so
 * once.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {CourseRow as Row} from 'mlops-report'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {git, png} from './support/git-repo.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

type Entry = [mode: string, name: string, sha: string]

/** Writes an object as given, unchecked, into a bare repository; its sha. */
function object(bare: string, type: 'blob' | 'tree', data: Buffer): string {
  const made = spawnSync('git', ['--git-dir', bare, 'hash-object', '-t', type, '-w', '--literally', '--stdin'], {input: data, encoding: 'buffer'})
  if (made.status !== 0) throw new Error(made.stderr.toString())
  return made.stdout.toString().trim()
}

function tree(bare: string, entries: Entry[]): string {
  const records = entries.map(([mode, name, sha]) => Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(sha, 'hex')]))
  return object(bare, 'tree', Buffer.concat(records))
}

/** A served repository whose main branch is one commit of `root`. */
function servedCommit(bare: string, root: string): string {
  const commit = git(bare, ['commit-tree', root, '-m', 'made by hand']).trim()
  git(bare, ['update-ref', 'refs/heads/main', commit])
  return `file://${bare}`
}

describe('mlops-report course and what a tree may name', () => {
  const root = tempDir('mlops-report-course-safety-', {forFile: true})
  const urls: Record<string, string> = {}
  let run: ReturnType<typeof runCli>
  let rows: Row[] = []

  beforeAll(() => {
    const bare = (name: string) => {
      const path = join(root, 'served', `${name}.git`)
      git(root, ['init', '--quiet', '--bare', '--initial-branch=main', path])
      return path
    }
    // An honest group, judged whatever the others hold.
    const honest = join(root, 'work', 'honest')
    mkdirSync(join(honest, 'reports', 'figures'), {recursive: true})
    writeFileSync(join(honest, 'reports', 'README.md'), fixtureReport())
    for (const figure of fixtureFigures()) writeFileSync(join(honest, 'reports', figure), png)
    git(honest, ['init', '--quiet', '--initial-branch=main'])
    git(honest, ['add', '.'])
    git(honest, ['commit', '--quiet', '-m', 'report'])
    urls.honest = `file://${honest}`

    // reports/../../../escaped.txt: out of the group's folder and out of --out.
    const climbing = bare('climbing')
    const readme = object(climbing, 'blob', Buffer.from(fixtureReport()))
    const escaped = object(climbing, 'blob', Buffer.from('written outside\n'))
    let up = tree(climbing, [['100644', 'escaped.txt', escaped]])
    for (let level = 0; level < 3; level++) up = tree(climbing, [['40000', '..', up]])
    const climbingReports = tree(climbing, [
      ['100644', 'README.md', readme],
      ['40000', '..', up]
    ])
    urls.climbing = servedCommit(climbing, tree(climbing, [['40000', 'reports', climbingReports]]))

    // reports/.GIT/config: git's own folder, in the case-folded spelling a checkout also refuses.
    const dotGit = bare('dot-git')
    const config = object(dotGit, 'blob', Buffer.from('[core]\n\tfsmonitor = touch pwned\n'))
    const dotGitReports = tree(dotGit, [
      ['100644', 'README.md', object(dotGit, 'blob', Buffer.from(fixtureReport()))],
      ['40000', '.GIT', tree(dotGit, [['100644', 'config', config]])]
    ])
    urls.dotGit = servedCommit(dotGit, tree(dotGit, [['40000', 'reports', dotGitReports]]))

    // reports/a both a file and a folder: writing it fails, and that stays this group's error.
    const twice = bare('twice')
    const text = object(twice, 'blob', Buffer.from('x\n'))
    const twiceReports = tree(twice, [
      ['100644', 'README.md', object(twice, 'blob', Buffer.from(fixtureReport()))],
      ['100644', 'a', text],
      ['40000', 'a', tree(twice, [['100644', 'b', text]])]
    ])
    urls.twice = servedCommit(twice, tree(twice, [['40000', 'reports', twiceReports]]))

    run = runCli(['course', urls.honest!, urls.climbing!, urls.dotGit!, urls.twice!, '--out', join(root, 'deep', 'course')], {cwd: root})
    rows = JSON.parse(readFileSync(join(root, 'deep', 'course', 'summary.json'), 'utf8')) as Row[]
  })

  it('refuses a tree that names .. and writes nothing of it, anywhere', () => {
    const climbing = rows.find((row) => row.group === 'climbing')!
    expect(climbing.error).toBe('its tree names "reports/../../../../escaped.txt", which git would never check out: nothing of it written')
    for (const folder of [root, join(root, 'deep'), join(root, 'deep', 'course'), join(root, 'deep', 'course', 'climbing')])
      expect(existsSync(join(folder, 'escaped.txt')), folder).toBe(false)
    expect(existsSync(join(root, 'deep', 'course', 'climbing', 'reports'))).toBe(false)
  })

  it('refuses a tree that names a .git folder, whatever its case', () => {
    expect(rows.find((row) => row.group === 'dot-git')!.error).toBe(
      'its tree names "reports/.GIT/config", which git would never check out: nothing of it written'
    )
    expect(existsSync(join(root, 'deep', 'course', 'dot-git', 'reports', '.GIT'))).toBe(false)
  })

  it("keeps a failure to write one group's files that group's error, and judges the rest", () => {
    expect(rows.find((row) => row.group === 'twice')!.error).toMatch(/^its files could not be written: EEXIST/)
    const honest = rows.find((row) => row.group === 'honest')!
    expect(honest).toMatchObject({error: null, passed: 31, total: 31})
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('1 of 4 groups judged')
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /)
  })

  it('says once that git is not installed, and makes no output folder', () => {
    // A PATH with Node and nothing else.
    const bin = join(root, 'node-only')
    mkdirSync(bin)
    symlinkSync(process.execPath, join(bin, 'node'))
    const cli = join(repoRoot, 'packages', 'cli', 'bin', 'mlops-report.cjs')
    const noGit = spawnSync(process.execPath, [cli, 'course', urls.honest!, urls.twice!, '--out', 'no-git'], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, PATH: bin}
    })
    expect(noGit.status).toBe(2)
    expect(noGit.stderr).toBe('mlops-report: git is not installed (or not on PATH): course reads every repository with git. Install git and run it again.\n')
    expect(existsSync(join(root, 'no-git'))).toBe(false)
  })
})
