/**
 * The checklist as the real reports write it: every box counted, whatever the
 * mark or heading, and every template item recognised by a rule.
 */

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {checklistRuleFor, checklistRules, checkReport, isCheckable} from '@mlops-report/core'
import {describe, expect, it} from 'vitest'
import {corpus, repoRoot, sharedDir, sharedPresent} from './support/shared.js'

const entries = corpus()
const TASK_LINE = /^[ \t]*[*+-][ \t]+\[/

/** Lines before the first question that open with a bullet and a box, counted line by line. */
function taskLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const firstQuestion = lines.findIndex((line) => /^#+[ \t]*Question[ \t]*1\b/i.test(line))
  return lines.slice(0, firstQuestion === -1 ? lines.length : firstQuestion).filter((line) => TASK_LINE.test(line) && /\][ \t]/.test(line))
}

describe.skipIf(!sharedPresent)('the checklists of the corpus', () => {
  const reports = entries.map((entry) => {
    const text = readFileSync(entry.readme, 'utf8')
    return {entry, lines: taskLines(text), checklist: checkReport(text).checklist}
  })

  it.each(reports.map((report) => [report.entry.name, report] as const))('%s: every box is an item', (_name, {lines, checklist}) => {
    expect(checklist).toHaveLength(lines.length)
    const unticked = lines.filter((line) => /\[(?: ?|-)\]/.test(line)).length
    expect(checklist.filter((item) => !item.checked)).toHaveLength(unticked)
  })

  it('reads the reports that put their weeks under ## headings', () => {
    const weekTwo = reports.filter(({entry}) => /^## Week/m.test(readFileSync(entry.readme, 'utf8')))
    expect(weekTwo.length).toBeGreaterThanOrEqual(3)
    for (const {checklist} of weekTwo) expect(checklist.filter((item) => item.checked).length).toBeGreaterThan(10)
  })

  it("recognises every item of the course's template", () => {
    const template = checkReport(readFileSync(join(sharedDir, 'template/README.md'), 'utf8')).checklist
    expect(template.length).toBeGreaterThan(50)
    expect(template.filter((item) => checklistRuleFor(item.text) === null).map((item) => item.text)).toEqual([])
  })

  it('recognises nearly every item the students kept of any template', () => {
    const items = reports.flatMap(({checklist}) => checklist)
    const unknown = items.filter((item) => checklistRuleFor(item.text) === null)
    expect(items.length).toBeGreaterThan(2500)
    // Students add their own lines ("= done"); those are few.
    expect(unknown.length).toBeLessThan(5)
  })
})

describe("the teachers' page", () => {
  it('states every checklist rule as the core does', () => {
    const page = readFileSync(join(repoRoot, 'site/docs/teachers.md'), 'utf8')
    for (const rule of checklistRules) {
      const shows = isCheckable(rule) ? rule.lookedFor.replaceAll('|', '\\|') : 'not checkable: no file can show it'
      expect(page).toContain(`| \`${rule.id}\` | ${rule.module ?? ''} | ${shows} |`)
    }
  })
})
