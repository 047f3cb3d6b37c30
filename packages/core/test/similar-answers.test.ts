import {describe, expect, it} from 'vitest'
import {checkReport, findSharedPassages, type NamedReport, wordSpans} from '../src/index.js'
import {fixtureReport} from './fixture-report.js'
import {everyNthChanged, ORIGINAL, UNRELATED_SAME_TOOLS} from './shared-passage-fixtures.js'

function reportWith(name: string, answer: string): NamedReport {
  return {name, text: fixtureReport({answers: {4: answer}})}
}

const forQuestion4 = (reports: NamedReport[], earlier: NamedReport[] = []) => findSharedPassages(reports, earlier).filter((found) => found.question === 4)

describe('findSharedPassages', () => {
  it('finds a copy with every 5th to 10th word changed, reordered sentences or a paragraph added', () => {
    const sentences = ORIGINAL.split(/(?<=\.) /)
    const copies = {
      'every 5th word': everyNthChanged(ORIGINAL, 5),
      'every 10th word': everyNthChanged(ORIGINAL, 10),
      reordered: [...sentences].reverse().join(' '),
      'a paragraph added': `${sentences.slice(0, 3).join(' ')}\n\nWe also spent a week on a dashboard that nobody ended up using, which taught us to ask first.\n\n${sentences.slice(3).join(' ')}`
    }
    for (const [how, copy] of Object.entries(copies)) {
      const found = forQuestion4([reportWith('a/README.md', ORIGINAL), reportWith('b/README.md', copy)])
      expect(found, how).toHaveLength(1)
      expect(found[0]).toMatchObject({question: 4, report: 'a/README.md', other: 'b/README.md'})
      expect(found[0]!.sharedWords, how).toBeGreaterThanOrEqual(40)
    }
    const [whole] = forQuestion4([reportWith('a/README.md', ORIGINAL), reportWith('b/README.md', ORIGINAL)])
    expect(whole!.passage).toBe(ORIGINAL.slice(0, -1))
    expect(whole!.sharedWords).toBe(ORIGINAL.split(' ').length)
  })

  it('finds nothing between different answers about the same tools', () => {
    expect(forQuestion4([reportWith('a/README.md', ORIGINAL), reportWith('b/README.md', UNRELATED_SAME_TOOLS)])).toEqual([])
  })

  it('compares with earlier reports, but never earlier reports with each other', () => {
    const found = forQuestion4([reportWith('now/README.md', UNRELATED_SAME_TOOLS)], [reportWith('2024/a.md', ORIGINAL), reportWith('2024/b.md', ORIGINAL)])
    expect(found).toEqual([])
    const copied = forQuestion4([reportWith('now/README.md', everyNthChanged(ORIGINAL, 7))], [reportWith('2024/a.md', ORIGINAL)])
    expect(copied.map((entry) => [entry.report, entry.other])).toEqual([['now/README.md', '2024/a.md']])
  })

  it("never counts the template's placeholder, and copes with empty and very long answers", () => {
    const placeholders = Array.from({length: 200}, (_, group) => reportWith(`g${group}/README.md`, '--- question 4 fill here ---'))
    expect(forQuestion4(placeholders)).toEqual([])
    const long = Array.from({length: 20_000}, (_, index) => `word${index % 997}`).join(' ')
    expect(() => findSharedPassages([reportWith('a/README.md', ''), reportWith('b/README.md', long), reportWith('c/README.md', ORIGINAL)])).not.toThrow()
  })

  it('gives each pair from both sides when asked, each with its own passage', () => {
    const copy = everyNthChanged(ORIGINAL, 7)
    const reports = [reportWith('a/README.md', ORIGINAL), reportWith('b/README.md', copy)]
    const found = findSharedPassages(reports, [], {bothSides: true}).filter((entry) => entry.question === 4)
    expect(found.map((entry) => [entry.report, entry.other]).sort()).toEqual([
      ['a/README.md', 'b/README.md'],
      ['b/README.md', 'a/README.md']
    ])
    const fromB = found.find((entry) => entry.report === 'b/README.md')!
    expect(copy.replace(/\s+/g, ' ')).toContain(fromB.passage)
  })

  it("compares a checked report's answers as its check result holds them, finding what reading the text finds", () => {
    const copy = everyNthChanged(ORIGINAL, 7)
    const reports = [reportWith('a/README.md', ORIGINAL), reportWith('b/README.md', copy), reportWith('c/README.md', UNRELATED_SAME_TOOLS)]
    const read = findSharedPassages(reports, [], {bothSides: true})
    expect(read.length).toBeGreaterThan(0)
    // A result whose answers differ from the text shows which one is compared.
    const checked = reports.map((report) => ({...report, checked: checkReport(report.text)}))
    expect(findSharedPassages(checked, [], {bothSides: true})).toEqual(read)
    const swapped = checked.map((report, index) => ({...report, checked: checked[(index + 1) % 3]!.checked}))
    expect(findSharedPassages(swapped, [], {bothSides: true}).map((entry) => [entry.report, entry.other])).toEqual(
      expect.arrayContaining([['c/README.md', 'a/README.md']])
    )
    const notReports: string[] = []
    findSharedPassages([{name: 'notes.md', text: 'no questions here', checked: checkReport('no questions here')}], [], {
      notReport: (name) => notReports.push(name)
    })
    expect(notReports).toEqual(['notes.md'])
  })
})

describe('wordSpans', () => {
  it('reads words as the comparison does: letters and digits in lower case, with where they stand', () => {
    expect(wordSpans('We used **Docker** 2x, and Ünïcode!')).toEqual([
      {start: 0, end: 2, word: 'we'},
      {start: 3, end: 7, word: 'used'},
      {start: 10, end: 16, word: 'docker'},
      {start: 19, end: 21, word: '2x'},
      {start: 23, end: 26, word: 'and'},
      {start: 27, end: 34, word: 'ünïcode'}
    ])
  })
})
