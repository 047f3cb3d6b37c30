import {describe, expect, it} from 'vitest'
import {checkReport} from '../src/index.js'
import {fixtureReport, words} from './fixture-report.js'

function hangs(text: string) {
  return checkReport(text).findings.filter((finding) => finding.ruleId === 'handin-hangs')
}

describe('handin-hangs', () => {
  it('fails a comment closed with "-- >", at the close, under its question', () => {
    const text = fixtureReport({answers: {4: `${words(100)} <!-- to do -- > more`}})
    const [finding, ...more] = hangs(text)
    expect(more).toEqual([])
    expect(finding).toMatchObject({severity: 'error', question: 4, actual: '-- >', expected: '-->'})
    expect(text.slice(finding!.start.offset, finding!.end.offset)).toBe('-- >')
  })

  it('also a close across a line break, after the last answer', () => {
    const text = `${fixtureReport()}\n<!-- the end --\n>\n`
    expect(hangs(text).map((finding) => [finding.question, finding.actual])).toEqual([[31, '--\n>']])
  })

  it('passes comments closed with "-->", and comments inside a <script> block', () => {
    expect(hangs(fixtureReport({answers: {4: `${words(100)} <!-- fine -->`}}))).toEqual([])
    expect(hangs(`${fixtureReport()}\n<script>\n// <!-- not a comment -- >\n</script>\n`)).toEqual([])
  })

  it('passes a bad comment at the very start of what report.py html reads, which it gets past', () => {
    expect(hangs(`${'x'.repeat(43)}<!-- a -- >\n\n${fixtureReport()}`)).toEqual([])
  })
})
