/**
 * Every command names reports the same way: a quoted glob (what PowerShell
 * and cmd hand a program, and bash when it is quoted) expanded by the
 * command, `!` negations, a glob that matches nothing said in one line, and
 * names with spaces. Run as the installed bin, in a real course folder.
 */

import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {everyNthChanged, ORIGINAL} from '../packages/core/test/shared-passage-fixtures.js'
import {runCli} from './support/cli.js'
import {git, png} from './support/git-repo.js'
import {tempDir} from './support/temp.js'

function writeReport(folder: string, answers: Record<number, string>): void {
  mkdirSync(join(folder, 'reports', 'figures'), {recursive: true})
  writeFileSync(join(folder, 'reports', 'README.md'), fixtureReport({answers}))
  for (const figure of fixtureFigures()) writeFileSync(join(folder, 'reports', figure), png)
}

describe('quoted globs on every command', () => {
  const root = tempDir('mlops-report-globs-', {forFile: true})
  const cli = (args: string[]) => runCli(args, {cwd: root})

  beforeAll(() => {
    writeReport(join(root, 'groups', 'group 1'), {10: ORIGINAL})
    writeReport(join(root, 'groups', 'group_2'), {4: words(20)})
    writeReport(join(root, 'groups', 'group_10'), {10: everyNthChanged(ORIGINAL, 8)})
    for (const group of ['group 1', 'group_2', 'group_10']) {
      const folder = join(root, 'groups', group)
      git(folder, ['init', '--quiet', '--initial-branch=main'])
      git(folder, ['add', '.'])
      git(folder, ['commit', '--quiet', '--no-verify', '-m', 'report'])
    }
  })

  it('check: expands the glob in the order people sort names, leaves out what a negation names, and says a glob that matches nothing', () => {
    const checked = cli(['check', 'groups/*/reports', '!groups/group_10', 'nothing/*'])
    expect(checked.stderr).toBe("mlops-report: 'nothing/*' matches nothing; left out\n")
    expect(checked.stdout).toContain('groups/group 1/reports/README.md: passed 31/31')
    expect(checked.stdout).toContain('2 reports checked: 1 pass every official constraint, 1 do not')
    expect(checked.stdout.indexOf('group 1/')).toBeLessThan(checked.stdout.indexOf('group_2/'))
    expect(checked.stdout).not.toContain('group_10')
    // group_2's short answer fails: 1, not 2, though one glob matched nothing.
    expect(checked.status).toBe(1)
    expect(cli(['check', 'groups/{group 1,group_10}/reports']).status).toBe(0)
  })

  it('check: exit 2 only when nothing at all is left', () => {
    const nothing = cli(['check', 'nothing/*', 'groups/*/reports', '!groups'])
    expect(nothing.status).toBe(2)
    expect(nothing.stderr).toContain("mlops-report: 'nothing/*' matches nothing; left out")
    expect(nothing.stderr).toContain("mlops-report: nothing to read: 'nothing/*', 'groups/*/reports', '!groups' leave no file or folder")
    expect(nothing.stderr).not.toMatch(/\n\s+at /)
  })

  it('fix: mends every report a glob names, and only those', () => {
    const fixed = cli(['fix', '--dry-run', 'groups/**/README.md', '!groups/group_2/**'])
    expect(fixed.status, fixed.stderr).toBe(0)
    expect(fixed.stdout.trim().split('\n')).toEqual(['groups/group 1/reports/README.md: nothing to mend', 'groups/group_10/reports/README.md: nothing to mend'])
  })

  it('html: a glob that names one report writes it; one that names several is refused', () => {
    const out = join(root, 'page.html')
    const one = cli(['html', 'groups/group?1/reports', '-o', out])
    expect(one.status, one.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('<html')
    const several = cli(['html', 'groups/*/reports', '-o', out])
    expect(several.status).toBe(2)
    expect(several.stderr).toContain("mlops-report: html takes one report; 'groups/*/reports' names 3")
  })

  it('similar: the reports by glob; an earlier glob that matches nothing is said, and the rest compared', () => {
    const similar = cli(['similar', 'groups/*/reports', '!groups/group_2', '--compare-with', 'earlier/*', '--format', 'json'])
    expect(similar.stderr).toBe("mlops-report: --compare-with 'earlier/*' matches nothing; compared without it\n")
    expect(similar.status).toBe(0)
    const found = JSON.parse(similar.stdout) as Array<{question: number; report: string; other: string}>
    expect(found.filter((entry) => entry.question === 10).map((entry) => [entry.report, entry.other])).toEqual([
      ['groups/group 1/reports', 'groups/group_10/reports']
    ])
  })

  it('course: repositories by glob, a negation leaving one out, a glob that matches nothing said', () => {
    const course = cli(['course', 'groups/*', '!groups/group_2', 'clones/*', '--out', 'course'])
    expect(course.stderr).toContain("mlops-report: 'clones/*' matches nothing; left out")
    expect(course.status, course.stderr).toBe(0)
    const summary = JSON.parse(readFileSync(join(root, 'course', 'summary.json'), 'utf8')) as Array<{group: string}>
    expect(summary.map((row) => row.group)).toEqual(['group_1', 'group_10'])
    expect(existsSync(join(root, 'course', 'group_2'))).toBe(false)
    const none = cli(['course', 'clones/*', '--out', 'course-none'])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain("no repository left to judge: 'clones/*' name none")
  })
})
