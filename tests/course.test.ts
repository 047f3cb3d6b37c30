/**
 * A teacher's course run, for real: bare git repositories made from our own
 * fixture reports and served as file:// URLs, commits before and after the
 * deadline (GIT_COMMITTER_DATE), a default branch that is not main, a
 * repository without reports/, one whose figure is a symbolic link out of
 * the repository, an unreachable one, and a git configuration whose hooks
 * and filters must never run. Then the course's own CSV, the summary, and a
 * second run that fetches only what is new.
 */

import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {checkReport, countCheckerWarnings} from '@mlops-report/core'
import type {CourseRow as Row} from 'mlops-report'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {everyNthChanged, ORIGINAL, UNRELATED_SAME_TOOLS} from '../packages/core/test/shared-passage-fixtures.js'
import {runCli} from './support/cli.js'
import {git, png} from './support/git-repo.js'
import {handinOfFile, oraclePresent} from './support/python-markdown.js'
import {corpus, sharedPresent} from './support/shared.js'
import {tempDir} from './support/temp.js'

const deadline = '2026-01-23T23:59:00+01:00'
const before = '2026-01-20T12:00:00+01:00'
const after = '2026-01-25T12:00:00+01:00'

/** Commits what the work tree holds, dated by the committer at `date`; returns the full sha. */
function commitAt(dir: string, message: string, date: string): string {
  git(dir, ['add', '-A'])
  git(dir, ['commit', '--quiet', '-m', message], {env: {GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date}})
  return git(dir, ['rev-parse', 'HEAD']).trim()
}

function writeReport(dir: string, answers: Record<number, string>): void {
  mkdirSync(join(dir, 'reports', 'figures'), {recursive: true})
  writeFileSync(join(dir, 'reports', 'README.md'), fixtureReport({answers}))
  for (const figure of fixtureFigures()) writeFileSync(join(dir, 'reports', figure), png)
  writeFileSync(join(dir, 'README.md'), '# The group project\n\nHow to run it.\n')
}

/** A work repository on `branch` and the bare one it is pushed to, served as file://. */
function repository(root: string, name: string, branch = 'main'): {work: string; url: string; push: () => void} {
  const work = join(root, 'work', name)
  const bare = join(root, 'served', `${name}.git`)
  mkdirSync(work, {recursive: true})
  git(work, ['init', '--quiet', '--initial-branch', branch])
  git(root, ['init', '--quiet', '--bare', '--initial-branch', branch, bare])
  git(work, ['remote', 'add', 'origin', bare])
  return {work, url: `file://${bare}`, push: () => git(work, ['push', '--quiet', 'origin', branch])}
}

describe('mlops-report course', () => {
  const root = tempDir('mlops-report-course-', {forFile: true})
  const out = join(root, 'course')
  const marker = join(root, 'something-ran')
  // A teacher's git configuration that would run code on a checkout: a hook and a filter.
  const home = join(root, 'home')
  const teacherEnv = {...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config')}
  const shas: Record<string, string> = {}
  const urls: Record<string, string> = {}
  let first: ReturnType<typeof runCli>
  let rows: Row[] = []

  const course = (args: string[]) => runCli(['course', ...args], {cwd: root, env: teacherEnv})

  beforeAll(() => {
    mkdirSync(join(home, 'hooks'), {recursive: true})
    writeFileSync(join(home, 'hooks', 'post-checkout'), `#!/bin/sh\ntouch ${marker}\n`, {mode: 0o755})
    writeFileSync(
      join(home, '.gitconfig'),
      `[core]\n\thooksPath = ${join(home, 'hooks')}\n[filter "evil"]\n\tsmudge = touch ${marker}; cat\n\trequired = true\n`
    )

    // Group 7, on `trunk`: short answer before the deadline, fixed after it.
    const seven = repository(root, 'seven', 'trunk')
    writeReport(seven.work, {4: words(86)})
    writeFileSync(join(seven.work, '.gitattributes'), '* filter=evil\n')
    shas.sevenBefore = commitAt(seven.work, 'report before the deadline', before)
    writeReport(seven.work, {4: words(120)})
    shas.sevenAfter = commitAt(seven.work, 'fixed after the deadline', after)
    seven.push()
    urls.seven = seven.url

    // Group 8: no reports/ folder at all.
    const eight = repository(root, 'eight')
    writeFileSync(join(eight.work, 'README.md'), '# Only code here\n')
    commitAt(eight.work, 'code', before)
    eight.push()
    urls.eight = eight.url

    // Group 9: a passing report, one figure a link inside reports/, one a link out of the repository.
    writeFileSync(join(root, 'secret.png'), 'the teacher’s secret')
    const nine = repository(root, 'nine')
    writeReport(nine.work, {19: `![alias](figures/alias.png)`})
    symlinkSync(fixtureFigures()[0]!.replace('figures/', ''), join(nine.work, 'reports', 'figures', 'alias.png'))
    symlinkSync(join(root, 'secret.png'), join(nine.work, 'reports', 'figures', 'secret.png'))
    symlinkSync('../../../secret.png', join(nine.work, 'reports', 'figures', 'relative-secret.png'))
    shas.nine = commitAt(nine.work, 'report', before)
    nine.push()
    urls.nine = nine.url

    const csv = [
      'group_number,student_1,student_2,student_3,student_4,student_5,repo_url',
      `7,s1,s2,,,,${urls.seven}`,
      `8,s3,,,,,${urls.eight}`,
      `9,s4,s5,s6,,,${urls.nine}`,
      `10,s7,,,,,file://${join(root, 'served', 'nowhere.git')}`
    ].join('\n')
    writeFileSync(join(root, 'group_info.csv'), `${csv}\n`)
    first = course(['group_info.csv', '--out', 'course', '--deadline', deadline, '--verbose'])
    rows = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Row[]
  }, 120_000)

  it('judges each group at its last commit before the deadline, in input order, on its default branch', () => {
    expect(first.status, first.stderr).toBe(1)
    expect(rows.map((row) => row.group)).toEqual(['group_7', 'group_8', 'group_9', 'group_10'])
    expect(rows[0]).toMatchObject({
      group: 'group_7',
      repo: urls.seven,
      commit: shas.sevenBefore,
      committed: before,
      passed: 30,
      total: 31,
      failing: [4],
      warnings: 1,
      similar: null,
      error: null,
      group_number: 7,
      group_size: 2,
      num_commits_to_main: 1,
      figures_note: null
    })
    expect(rows[2]).toMatchObject({group: 'group_9', commit: shas.nine, passed: 31, total: 31, failing: [], warnings: 0, error: null})
  })

  it('says why a group could not be judged, and goes on with the others', () => {
    expect(rows[1]!.error).toMatch(/^no reports\/ folder at commit [0-9a-f]{12}$/)
    expect(rows[1]!.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(rows[3]).toMatchObject({commit: null, passed: null, warnings: null})
    expect(rows[3]!.error).toMatch(/^repository unreadable: .*nowhere\.git/)
    expect(first.stderr).toContain('2 of 4 groups judged at 2026-01-23T22:59:00.000Z, 2 could not be')
  })

  it('copies the reports folder as it was at that commit, with the hand-in, following no link out of it', () => {
    const report = readFileSync(join(out, 'group_7', 'reports', 'README.md'), 'utf8')
    expect(report).toBe(fixtureReport({answers: {4: words(86)}}))
    for (const figure of fixtureFigures()) expect(readFileSync(join(out, 'group_7', 'reports', figure))).toEqual(png)
    expect(existsSync(join(out, 'group_7', 'README.md'))).toBe(false)
    const handin = readFileSync(join(out, 'group_7', 'report.html'), 'utf8')
    expect(handin).toContain('<h3>Question 4</h3>')
    // Byte for byte what report.py html writes, under the graders' Python-Markdown 3.7.
    if (oraclePresent('3.7')) expect(handin).toBe(handinOfFile(join(out, 'group_7', 'reports', 'README.md'), '3.7'))
    expect(JSON.parse(readFileSync(join(out, 'group_7', 'course-commit.json'), 'utf8'))).toEqual({
      repo: urls.seven,
      commit: shas.sevenBefore,
      committed: before,
      deadline: '2026-01-23T22:59:00.000Z'
    })
    expect(readFileSync(join(out, 'group_9', 'reports', 'figures', 'alias.png'))).toEqual(png)
    expect(existsSync(join(out, 'group_9', 'reports', 'figures', 'secret.png'))).toBe(false)
    expect(existsSync(join(out, 'group_9', 'reports', 'figures', 'relative-secret.png'))).toBe(false)
  })

  it('runs nothing of the repositories: no hook, no filter', () => {
    expect(existsSync(marker)).toBe(false)
  })

  it('writes the same rows as CSV for a spreadsheet', () => {
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')
    expect(csv[0]).toMatch(/^group,repo,commit,committed,passed,total,failing,warnings,similar,error,group_number,group_size,num_contributors,/)
    expect(csv[1]).toMatch(new RegExp(`^group_7,${urls.seven},${shas.sevenBefore},${before.replace('+', '\\+')},30,31,4,1,,,7,2,1,`))
    expect(csv).toHaveLength(6)
  })

  it('writes a grading sheet, questions.csv: a row per judged group and question, with the figures against the ranges', () => {
    const sheet = readFileSync(join(out, 'questions.csv'), 'utf8').split('\r\n')
    expect(sheet[0]).toBe('group,question,words,word_range,images,image_range,pass,shared_with')
    expect(sheet).toContain('group_7,4,86,100-200,0,,no,')
    expect(sheet).toContain('group_7,5,101,100-200,0,,yes,')
    const groups = sheet.slice(1, -1).map((line) => line.split(',')[0])
    expect(groups.filter((group) => group === 'group_7')).toHaveLength(31)
    expect(groups.filter((group) => group === 'group_9')).toHaveLength(31)
    // Not judged: no rows.
    expect(groups.some((group) => group === 'group_8' || group === 'group_10')).toBe(false)
    const [, , , , images, imageRange] = sheet.find((line) => /^group_9,\d+,\d+,[\d-]*,\d+,\d+-\d+,/.test(line))!.split(',')
    expect(Number(images)).toBeGreaterThan(0)
    expect(imageRange).toMatch(/^\d+-\d+$/)
  })

  it('fetches only what is new on a second run, and judges the new commit', () => {
    const seven = join(root, 'work', 'seven')
    writeReport(seven, {4: words(86), 5: words(50)})
    // Dated before the deadline by its committer: the last commit at or before it now.
    const late = commitAt(seven, 'one more', '2026-01-23T20:00:00+01:00')
    git(seven, ['push', '--quiet', 'origin', 'trunk'])
    const again = course(['group_info.csv', '--out', 'course', '--deadline', deadline, '--verbose'])
    expect(again.stderr).toMatch(/\] group_7: .*\(fetched\)/)
    expect(again.stderr).toMatch(/\] group_9: .*\(up to date\)/)
    expect(again.stderr).toMatch(/\] group_8: .*\(up to date\)/)
    const next = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Row[]
    expect(next[0]).toMatchObject({commit: late, committed: '2026-01-23T20:00:00+01:00', failing: [4, 5], warnings: 2})
    // Without --verbose and off a terminal, only the closing line.
    const quiet = course(['group_info.csv', '--out', 'course', '--deadline', deadline])
    expect(quiet.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('takes repositories instead of a CSV, naming groups after them, and exits 0 when every group is judged', () => {
    const run = course([urls.seven!, urls.nine!, '--out', join(root, 'by-url'), '--deadline', deadline])
    expect(run.status, run.stderr).toBe(0)
    const byUrl = JSON.parse(readFileSync(join(root, 'by-url', 'summary.json'), 'utf8')) as Row[]
    expect(byUrl.map((row) => row.group)).toEqual(['seven', 'nine'])
  })

  it('says so for a report that is not UTF-8, with its place, as for any report', () => {
    const latin = repository(root, 'latin')
    writeReport(latin.work, {})
    writeFileSync(join(latin.work, 'reports', 'README.md'), Buffer.from('### Question 1\n\nCaf\xe9\n', 'latin1'))
    commitAt(latin.work, 'report', before)
    latin.push()
    const run = course([latin.url, '--out', join(root, 'latin-out'), '--deadline', deadline])
    expect(run.status).toBe(1)
    const [row] = JSON.parse(readFileSync(join(root, 'latin-out', 'summary.json'), 'utf8')) as Row[]
    expect(row!.error).toBe('latin/reports/README.md:3:4: not valid UTF-8 (byte 0xE9); the course checker stops on this file too. Save it as UTF-8.')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('writes the hand-in of a report that stops the course checker, as report.py html still does, and says the checker stops', () => {
    const changed = repository(root, 'changed')
    writeReport(changed.work, {})
    // A question's `Answer:` line renamed: the template no longer matches, and the checker stops.
    const report = join(changed.work, 'reports', 'README.md')
    writeFileSync(report, readFileSync(report, 'utf8').replace('> Answer:', '> Our answer:'))
    commitAt(changed.work, 'report', before)
    changed.push()
    const run = course([changed.url, '--out', join(root, 'changed-out'), '--deadline', deadline])
    expect(run.status).toBe(1)
    const [row] = JSON.parse(readFileSync(join(root, 'changed-out', 'summary.json'), 'utf8')) as Row[]
    expect(row!.error).toMatch(/^the course checker stops: /)
    expect(row!.passed).toBeNull()
    const handin = readFileSync(join(root, 'changed-out', 'changed', 'report.html'), 'utf8')
    expect(handin).toContain('Our answer:')
    if (oraclePresent('3.7')) expect(handin).toBe(handinOfFile(join(root, 'changed-out', 'changed', 'reports', 'README.md'), '3.7'))
  })

  it('with --compare-with, finds the passages groups share with each other and with earlier reports: similar.json, a count per group, the sheet', () => {
    const one = repository(root, 'copier')
    const two = repository(root, 'honest')
    writeReport(one.work, {4: everyNthChanged(ORIGINAL, 8)})
    writeReport(two.work, {4: UNRELATED_SAME_TOOLS})
    for (const repo of [one, two]) {
      commitAt(repo.work, 'report', before)
      repo.push()
    }
    mkdirSync(join(root, 'last-year', 'reports'), {recursive: true})
    writeFileSync(join(root, 'last-year', 'reports', 'README.md'), fixtureReport({answers: {4: ORIGINAL}}))
    // A quoted glob, as for last year's clones: expanded by the command itself.
    const run = course([one.url, two.url, '--out', 'compared', '--deadline', deadline, '--compare-with', 'last-*', '--compare-with', 'nowhere'])
    expect(run.stderr).toContain('mlops-report: ')
    expect(run.stderr).toMatch(/nowhere: no such file or folder; left out/)
    const shared = (
      JSON.parse(readFileSync(join(root, 'compared', 'similar.json'), 'utf8')) as Array<{question: number; report: string; other: string}>
    ).filter((entry) => entry.question === 4)
    expect(shared.map((entry) => [entry.report, entry.other])).toEqual([['copier', 'last-year']])
    const summary = JSON.parse(readFileSync(join(root, 'compared', 'summary.json'), 'utf8')) as Row[]
    expect(summary.map((row) => row.similar)).toEqual([expect.any(Number), expect.any(Number)])
    expect(summary[0]!.similar!).toBeGreaterThan(summary[1]!.similar!)
    const sheet = readFileSync(join(root, 'compared', 'questions.csv'), 'utf8').split('\r\n')
    expect(sheet.find((line) => line.startsWith('copier,4,'))).toMatch(/,last-year$/)
    expect(sheet.find((line) => line.startsWith('honest,4,'))).toMatch(/,$/)
  })

  it('says so for a repository without any commit', () => {
    const empty = repository(root, 'empty')
    const run = course([empty.url, '--out', join(root, 'empty-out'), '--deadline', deadline])
    expect(run.status).toBe(1)
    const [row] = JSON.parse(readFileSync(join(root, 'empty-out', 'summary.json'), 'utf8')) as Row[]
    expect(row!.error).toBe('no commit on the default branch at or before 2026-01-23T22:59:00.000Z')
  })

  it('refuses bad usage with exit 2, and an output folder it did not make', () => {
    expect(course(['group_info.csv', '--out', 'x', '--deadline', 'next friday']).stderr).toContain('--deadline must be an ISO 8601 time with its offset')
    const foreign = join(root, 'foreign')
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'grades.csv'), 'private')
    const refused = course(['group_info.csv', '--out', 'foreign'])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('--out foreign: that folder holds files no earlier mlops-report course run made')
    expect(readFileSync(join(foreign, 'grades.csv'), 'utf8')).toBe('private')
    expect(course(['group_info.csv']).status).toBe(2)
  })
})

describe.skipIf(!sharedPresent)("the scraper's warnings figure", () => {
  it("equals the course checker's own WARNING lines on every 31-question corpus report", () => {
    const reports = corpus().filter((entry) => entry.generation === 31)
    expect(reports.length).toBeGreaterThan(30)
    for (const entry of reports) {
      const result = checkReport(readFileSync(entry.readme, 'utf8'), {generation: 31})
      expect(countCheckerWarnings(result), entry.name).toBe(entry.expected.warnings.length)
    }
  })
})
