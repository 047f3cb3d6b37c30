import {describe, expect, it} from 'vitest'
import {candidateLines} from '../src/report-structure.js'
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
