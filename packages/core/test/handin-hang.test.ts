import {describe, expect, it} from 'vitest'
import {checkReport, type PythonMarkdownVersion} from '../src/index.js'
import {fixtureReport, words} from './fixture-report.js'

function commentFindings(text: string, pythonMarkdown?: PythonMarkdownVersion) {
  return checkReport(text, {pythonMarkdown}).findings.filter(
    (finding) => finding.ruleId === 'handin-hangs' || (finding.ruleId === 'handin-rendering' && finding.expected === '-->')
  )
}

describe("handin-hangs, under Debian's Python-Markdown", () => {
  const hangs = (text: string) => commentFindings(text, '3.4-debian')

  it('fails a comment closed with "-- >", at the close, under its question, naming the release', () => {
    const text = fixtureReport({answers: {4: `${words(100)} <!-- to do -- > more`}})
    const [finding, ...more] = hangs(text)
    expect(more).toEqual([])
    expect(finding).toMatchObject({ruleId: 'handin-hangs', severity: 'error', question: 4, actual: '-- >', expected: '-->'})
    expect(finding!.message).toContain("under Debian's Python-Markdown 3.4.1")
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

describe('a comment closed with "-- >" under the releases that finish', () => {
  const inline = fixtureReport({answers: {4: `${words(100)} <!-- to do -- > more`}})
  const block = fixtureReport({answers: {4: `${words(100)}\n\n<!-- to do -- >\n\nmore`}})

  it('is never an error: 3.7, the default, hides it and GitHub does not, a warning at the close', () => {
    for (const text of [inline, block]) {
      const [finding, ...more] = commentFindings(text)
      expect(more).toEqual([])
      expect(finding).toMatchObject({ruleId: 'handin-rendering', severity: 'warning', question: 4, actual: '-- >', expected: '-->'})
      expect(finding!.message).toContain('under Python-Markdown 3.7 the hand-in ends and hides the comment there')
      expect(text.slice(finding!.start.offset, finding!.end.offset)).toBe('-- >')
    }
    expect(commentFindings(inline)[0]!.message).toContain('shows the comment as text')
    expect(commentFindings(block)[0]!.message).toContain('hides everything after it')
  })

  it('under 3.10 only where it starts a block with no "-->" after it: GitHub hides the rest, the hand-in shows it', () => {
    expect(commentFindings(inline, '3.10')).toEqual([])
    const [finding, ...more] = commentFindings(block, '3.10')
    expect(more).toEqual([])
    expect(finding).toMatchObject({ruleId: 'handin-rendering', severity: 'warning', question: 4})
    expect(finding!.message).toContain('under Python-Markdown 3.10.3 the hand-in shows it as text')
    // A later `-->` ends it in both.
    expect(commentFindings(`${block}\n<!-- later -->\n`, '3.10')).toEqual([])
  })

  it('says which release it judged under', () => {
    expect(checkReport(inline).pythonMarkdown).toBe('3.7')
    expect(checkReport(inline, {pythonMarkdown: '3.10'}).pythonMarkdown).toBe('3.10')
    expect(() => checkReport(inline, {pythonMarkdown: '2.6' as '3.7'})).toThrow(
      /Unknown Python-Markdown version "2.6": expected '3.7' \(the default\), '3.10' or '3.4-debian'/
    )
  })
})
