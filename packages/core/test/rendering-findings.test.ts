import {describe, expect, it} from 'vitest'
import {checkReport} from '../src/index.js'
import {fixtureReport} from './fixture-report.js'

/** Rendering findings in question 4's answer, as `line-in-answer: message`. */
function divergences(answer: string): string[] {
  const text = fixtureReport({answers: {4: answer}})
  const answerLine = text.slice(0, text.indexOf(answer)).split('\n').length
  return checkReport(text)
    .findings.filter((finding) => finding.ruleId === 'handin-rendering')
    .map((finding) => `${finding.start.line - answerLine + 1}:${finding.start.column} ${finding.message}`)
}

describe('hand-in rendering findings (spec table, row by row)', () => {
  it('fenced code block', () => {
    expect(divergences('Install it:\n\n```bash\npip install x\n```')).toEqual([
      '3:1 Fenced code block: the hand-in shows it as one run of inline code, `bash` included, not as a code block'
    ])
    expect(divergences('~~~\ncode\n~~~')).toHaveLength(1)
  })

  it('table', () => {
    expect(divergences('| tool | use |\n|---|---|\n| ruff | lint |')).toEqual(['1:1 Table: the hand-in shows the rows as plain text, pipes included'])
  })

  it('list right after a paragraph line', () => {
    expect(divergences('We used:\n- ruff\n- mypy')).toEqual([
      '2:1 List right after a paragraph line: GitHub shows a list, the hand-in one paragraph with the markers as text'
    ])
    expect(divergences('Steps:\n1. one\n2. two')).toHaveLength(1)
  })

  it('an ordered list not starting at 1 cannot interrupt a paragraph in either', () => {
    expect(divergences('In the year\n2024. we did it')).toEqual([])
  })

  it('nested list indented by 2 spaces', () => {
    expect(divergences('- a\n  - b\n- c')).toEqual(['2:1 List item indented by 2 spaces: GitHub shows it 1 level deep, the hand-in at the top level'])
    expect(divergences('- a\n    - b\n- c')).toEqual([])
  })

  it('bare URL, but not an angle-bracket URL or a link', () => {
    expect(divergences('see https://example.com for more')).toEqual([
      '1:5 Bare URL `https://example.com`: GitHub makes it a link, the hand-in shows plain text'
    ])
    expect(divergences('see <https://example.com> or [it](https://example.com) or `https://example.com`')).toEqual([])
  })

  it('strikethrough', () => {
    expect(divergences('we ~~never~~ tested')).toEqual(['1:4 Struck-through text: GitHub strikes it, the hand-in shows the tildes'])
    expect(divergences('it took ~5 to ~10 minutes')).toEqual([])
  })

  it('task list', () => {
    expect(divergences('- [x] done\n- [ ] not done')).toEqual([
      '1:3 Task list box `[x]`: GitHub shows a checkbox, the hand-in the brackets as text',
      '2:3 Task list box `[ ]`: GitHub shows a checkbox, the hand-in the brackets as text'
    ])
  })

  it('images, two trailing spaces and indented code after a paragraph render alike', () => {
    expect(divergences('![x](figures/a.png)\n\nline one  \nline two\n    still paragraph')).toEqual([])
  })

  it('a heading without a space after #', () => {
    expect(divergences('#1 priority was speed')).toEqual(['1:1 `#` at the start of a line: the hand-in makes this line a heading, GitHub does not'])
  })

  it('an answer that follows `> Answer:` without a blank line', () => {
    const text = fixtureReport({answers: {4: 'x'}}).replace('> Answer:\n\nx', '> Answer:\n- first\n- second')
    const findings = checkReport(text).findings.filter((finding) => finding.ruleId === 'handin-rendering')
    expect(findings.map((finding) => finding.message)).toEqual([
      'List right after a paragraph line: GitHub shows a list, the hand-in one paragraph with the markers as text'
    ])
  })

  it('nothing inside fenced code is read as markdown', () => {
    expect(divergences('```\n- a\nhttps://x.org\n```')).toHaveLength(1)
  })
})

/** Question 4's answer with every hand-in mend applied once (last first), as \`mlops-report fix\` does. */
function mended(answer: string): string {
  const text = fixtureReport({answers: {4: answer}})
  const mends = checkReport(text)
    .findings.filter((finding) => finding.ruleId === 'handin-rendering' && finding.fix !== undefined)
    .sort((a, b) => b.start.offset - a.start.offset)
  let result = text
  for (const mend of mends) result = result.slice(0, mend.start.offset) + mend.fix + result.slice(mend.end.offset)
  const start = result.indexOf('> Answer:', result.indexOf('### Question 4')) + '> Answer:\n\n'.length
  return result.slice(start, result.indexOf('\n\n### Question 5'))
}

describe('mends that keep every word a word', () => {
  it('a blank line before a list', () => {
    expect(mended('We used:\n- ruff\n- mypy')).toBe('We used:\n\n- ruff\n- mypy')
  })

  it('4 spaces a nesting level, and one marker per list', () => {
    expect(mended('- a\n  - b\n- c')).toBe('- a\n    - b\n- c')
    expect(mended('- a\n\n* b')).toBe('- a\n\n- b')
  })

  it('fenced code as indented code between HTML comments that hold the fences', () => {
    expect(mended('Install it:\n```bash\npip install x\n\nrun\n```\nDone.')).toBe(
      'Install it:\n\n<!--bash-->\n\n    pip install x\n\n    run\n\n<!---->\nDone.'
    )
  })

  it('links, struck text, headings', () => {
    expect(mended('see https://example.org now')).toBe('see <https://example.org> now')
    expect(mended('it was ~~very old~~ new')).toBe('it was <del>very old</del> new')
    expect(mended('#hashtag here')).toBe('\\#hashtag here')
    expect(mended('Text.\n\n  #### Results')).toBe('Text.\n\n#### Results')
    // A heading at the start of a block renders alike in both: nothing to mend.
    expect(mended('Results\n---')).toBe('Results\n---')
    expect(mended('1) one\n2) two')).toBe('1. one\n2. two')
  })

  it('none for tables and task lists, which cannot be rewritten without changing the words', () => {
    expect(mended('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('| a | b |\n|---|---|\n| 1 | 2 |')
    expect(mended('- [x] done')).toBe('- [x] done')
  })
})
