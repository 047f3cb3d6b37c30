import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {expandPaths, expandReportPaths, unmatchedGlobMessage} from '../src/expand-paths.js'

const course = mkdtempSync(join(tmpdir(), 'mlops-report-expand-'))
afterAll(() => rmSync(course, {recursive: true, force: true}))

function file(path: string, text = '### Question 1\n> Answer:\n'): void {
  mkdirSync(join(course, path, '..'), {recursive: true})
  writeFileSync(join(course, path), text)
}

for (const group of ['group_10', 'group_2', 'group 3', 'group_1']) file(`groups/${group}/reports/README.md`)
file('groups/group_2/reports/old/README.md')
file('groups/grades.csv', 'group,grade\n')
mkdirSync(join(course, 'groups', 'empty'))
file('notes [draft].md', '# notes\n')
symlinkSync('..', join(course, 'groups', 'group_1', 'up'))

const shown = (patterns: string[]) => expandPaths(patterns, course).paths.map((path) => path.shown)

describe('expandPaths', () => {
  it('expands a quoted glob in the order people sort names, names with spaces included', () => {
    expect(shown(['groups/*/reports'])).toEqual(['groups/group 3/reports', 'groups/group_1/reports', 'groups/group_2/reports', 'groups/group_10/reports'])
  })

  it('expands braces and ** (each file once, even through a link to a folder above)', () => {
    expect(shown(['groups/group_{2,10}/reports'])).toEqual(['groups/group_2/reports', 'groups/group_10/reports'])
    const everyReadme = shown(['groups/**/README.md'])
    expect(everyReadme).toContain('groups/group_2/reports/old/README.md')
    expect(everyReadme).toHaveLength(5)
    expect(everyReadme.some((path) => path.includes('/up/'))).toBe(false)
  })

  it('leaves out what a negation names, a glob or a path, and everything below it, wherever the negation stands', () => {
    expect(shown(['!groups/group_2', 'groups/*/reports', '!groups/group 3/reports'])).toEqual(['groups/group_1/reports', 'groups/group_10/reports'])
    expect(shown(['groups/*/reports', '!groups/group_1*'])).toEqual(['groups/group 3/reports', 'groups/group_2/reports'])
  })

  it('keeps a path as given, whether or not it exists, and a shell-expanded list as it is', () => {
    expect(shown(['groups/group_10/reports', 'groups/group_2/reports', 'missing'])).toEqual(['groups/group_10/reports', 'groups/group_2/reports', 'missing'])
  })

  it('takes a name with brackets that exists as that file, not as a glob', () => {
    expect(expandPaths(['notes [draft].md'], course)).toEqual({
      paths: [{shown: 'notes [draft].md', path: join(course, 'notes [draft].md'), fromGlob: false}],
      unmatched: []
    })
  })

  it('names each glob that matches nothing, also once its matches are all left out', () => {
    const expanded = expandPaths(['groups/*/reports', 'nothing/*', 'groups/group_1?/report', 'groups/group_2/*', '!groups/group_2/**'], course)
    expect(expanded.unmatched).toEqual(['nothing/*', 'groups/group_1?/report', 'groups/group_2/*'])
    expect(expanded.paths).toHaveLength(3)
    expect(unmatchedGlobMessage('nothing/*')).toBe("'nothing/*' matches nothing; left out")
  })

  it('shows an absolute glob’s matches as absolute paths, and each path once', () => {
    const expanded = expandPaths([`${course}/groups/group_1*/reports`, 'groups/group_1/reports'], course)
    expect(expanded.paths.map((path) => path.shown)).toEqual([join(course, 'groups/group_1/reports'), join(course, 'groups/group_10/reports')])
  })
})

describe('expandReportPaths', () => {
  it("takes a folder's reports/README.md, passes over a glob's matches that are no report, and keeps a path given as it is", () => {
    const expanded = expandReportPaths(['groups/*', 'groups/nowhere'], course)
    expect(expanded.paths.map((path) => path.shown)).toEqual([
      'groups/group 3/reports/README.md',
      'groups/group_1/reports/README.md',
      'groups/group_2/reports/README.md',
      'groups/group_10/reports/README.md',
      'groups/nowhere'
    ])
    expect(expanded.skipped).toEqual([
      {shown: 'groups/empty', reason: 'a folder with no reports/README.md or README.md'},
      {shown: 'groups/grades.csv', reason: 'not a markdown file'}
    ])
  })
})
