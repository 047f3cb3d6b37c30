import {describe, expect, it} from 'vitest'
import {candidateLines, readStructure} from '../src/report-structure.js'
import {fixtureReport} from './fixture-report.js'

/** The definition the fast search must match: a newline, up to three spaces or tabs, then an opener. */
function candidatesByExpression(text: string, from: number): number {
  const pattern = /\n[ \t]{0,3}(?:#|`{3}|~{3})/g
  pattern.lastIndex = from
  const match = pattern.exec(text)
  return match ? match.index + 1 : -1
}

/** Walks the text as readHeadings does: from the end of each line found to the next. */
function walk(text: string, next: (from: number) => number): number[] {
  const starts: number[] = []
  for (let start = next(0); start !== -1; ) {
    starts.push(start)
    const end = text.indexOf('\n', start)
    start = next(end === -1 ? text.length : end)
  }
  return starts
}

/** Deterministic pseudo-random texts, dense in what the search has to tell apart. */
function generatedTexts(count: number): string[] {
  let seed = 20261203
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 2 ** 32
  }
  const pieces = ['#', '`', '```', '~', '~~~', ' ', '  ', '\t', '\n', '\n', 'a', 'word ', '    ', '####']
  return Array.from({length: count}, () => {
    let text = ''
    const length = Math.floor(random() * 60)
    for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)]
    return text
  })
}

describe('candidate lines for headings and fences', () => {
  it('are the lines the defining expression finds, in the same order', () => {
    const texts = [fixtureReport(), ...generatedTexts(20_000)]
    for (const text of texts) {
      expect(walk(text, candidateLines(text)), JSON.stringify(text)).toEqual(walk(text, (from) => candidatesByExpression(text, from)))
    }
  })

  it('finds the nearer of two openers, wherever each was last seen', () => {
    const text = 'intro\n### Q\ntext # not here\n```\ncode\n```\n  ~~~\n# last'
    expect(walk(text, candidateLines(text))).toEqual([6, 28, 37, 41, 47])
  })

  it('passes over openers that more than three spaces or other text come before', () => {
    const text = 'a\n    # indented code\nsee #1 and ```x```\n\t\t\t\t~~~\n'
    expect(candidateLines(text)(0)).toBe(-1)
  })
})

describe('the checklist as students write it', () => {
  const text = [
    '# A report',
    '',
    '* [x] Boxes before any heading count too',
    '',
    '## Week 1',
    '',
    '* [X] Capital cross',
    '- [✅] Green tick',
    '+ [✔️] Heavy check with its variation selector',
    '* [Y] Yes',
    '* [~] Partly',
    '* [ ] Not done',
    '* [] Empty box',
    '* [-] Dashed out',
    '* [x] An item whose text',
    '    goes on under it',
    '',
    '### Extra',
    '',
    '* [ok] Written out',
    '',
    '### Question 1',
    '',
    '* [x] A box inside an answer is no checklist item',
    ''
  ].join('\n')
  const items = readStructure(text).checklist

  it('reads every box before the first question, whatever heading it stands under', () => {
    expect(items.map((item) => [item.group, item.text])).toEqual([
      ['A report', 'Boxes before any heading count too'],
      ['Week 1', 'Capital cross'],
      ['Week 1', 'Green tick'],
      ['Week 1', 'Heavy check with its variation selector'],
      ['Week 1', 'Yes'],
      ['Week 1', 'Partly'],
      ['Week 1', 'Not done'],
      ['Week 1', 'Empty box'],
      ['Week 1', 'Dashed out'],
      ['Week 1', 'An item whose text goes on under it'],
      ['Extra', 'Written out']
    ])
  })

  it('takes any mark but a space or a dash as ticked', () => {
    expect(items.map((item) => [item.mark, item.checked])).toEqual([
      ['x', true],
      ['X', true],
      ['✅', true],
      ['✔️', true],
      ['Y', true],
      ['~', true],
      [' ', false],
      ['', false],
      ['-', false],
      ['x', true],
      ['ok', true]
    ])
  })

  it('gives a box before any heading an empty group', () => {
    expect(readStructure('- [x] Alone\n\n### Question 1\n').checklist.map((item) => item.group)).toEqual([''])
  })

  it('keeps an item where it stands in the text', () => {
    const item = items[2]!
    expect(text.slice(item.start, item.end)).toBe('- [✅] Green tick')
  })
})
