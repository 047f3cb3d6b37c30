/**
 * `mlops-report similar` as a teacher runs it: real files, the paths as
 * given, text and JSON, earlier reports with --compare-with, and bad input.
 */

import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtureReport} from '../packages/core/test/fixture-report.js'
import {everyNthChanged, ORIGINAL, UNRELATED_SAME_TOOLS} from '../packages/core/test/shared-passage-fixtures.js'
import {runCli} from './support/cli.js'
import {tempDir} from './support/temp.js'

function course(answers: Record<string, string>): string {
  const dir = tempDir()
  for (const [group, answer] of Object.entries(answers)) {
    mkdirSync(join(dir, group, 'reports'), {recursive: true})
    writeFileSync(join(dir, group, 'reports', 'README.md'), fixtureReport({answers: {4: answer, 5: `${group} ${UNRELATED_SAME_TOOLS}`.replace('We', group)}}))
  }
  return dir
}

describe('mlops-report similar', () => {
  it('names each pair of groups whose answers share a long passage, longest first, quoting it', () => {
    const dir = course({group_1: ORIGINAL, group_2: everyNthChanged(ORIGINAL, 6), group_3: UNRELATED_SAME_TOOLS})
    const run = runCli(['similar', 'group_1', 'group_2', 'group_3'], {cwd: dir})
    expect(run.status, run.stderr).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('Question 4:'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Question 4: group_1 and group_2 share a passage of \d+ words: "Our pipeline starts/)
    const json = JSON.parse(runCli(['similar', 'group_1', 'group_2', 'group_3', '--format', 'json'], {cwd: dir}).stdout) as Array<Record<string, unknown>>
    expect(json.filter((entry) => entry.question === 4)).toEqual([
      expect.objectContaining({
        question: 4,
        report: 'group_1',
        other: 'group_2',
        sharedWords: expect.any(Number),
        passage: expect.stringMatching(/^Our pipeline/)
      })
    ])
  })

  it('compares with earlier reports given with --compare-with, and says what it cannot read without stopping', () => {
    const dir = course({now: everyNthChanged(ORIGINAL, 8), last_year: ORIGINAL})
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNot a report.\n')
    const run = runCli(['similar', 'now', '--compare-with', 'last_year', '--compare-with', 'missing', '--compare-with', 'notes.md', '--format', 'json'], {
      cwd: dir
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('mlops-report: missing: no such file or folder; left out')
    expect(run.stderr).toContain('mlops-report: notes.md: no "### Question" heading: not a course report, left out')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const found = (JSON.parse(run.stdout) as Array<{question: number; report: string; other: string}>).filter((entry) => entry.question === 4)
    expect(found.map((entry) => [entry.report, entry.other])).toEqual([['now', 'last_year']])
  })

  it('expands a quoted glob given to --compare-with, its matches in the order people sort names, and says when one matches nothing', () => {
    const dir = course({now: everyNthChanged(ORIGINAL, 8)})
    const earlier = course({group_10: UNRELATED_SAME_TOOLS, group_2: ORIGINAL})
    const run = runCli(['similar', 'now', '--compare-with', `${earlier}/group_*/reports`, '--compare-with', 'last_year/*', '--format', 'json'], {cwd: dir})
    expect(run.stderr).toContain("mlops-report: --compare-with 'last_year/*' matches nothing; compared without it")
    // Something was left to compare: a glob that matched nothing is said, not an error.
    expect(run.status).toBe(0)
    const found = (JSON.parse(run.stdout) as Array<{question: number; report: string; other: string}>).filter((entry) => entry.question === 4)
    expect(found.map((entry) => [entry.report, entry.other])).toEqual([['now', join(earlier, 'group_2', 'reports')]])
    const quiet = runCli(['similar', 'now', '--compare-with', `${earlier}/*`], {cwd: dir})
    expect(quiet.status, quiet.stderr).toBe(0)
    expect(quiet.stdout).toContain(`now and ${join(earlier, 'group_2')} share a passage`)
  })

  it('refuses bad usage with exit 2', () => {
    expect(runCli(['similar']).status).toBe(2)
    expect(runCli(['similar', '.', '--format', 'sarif']).stderr).toContain('--format must be text or json for similar, not "sarif"')
  })
})
