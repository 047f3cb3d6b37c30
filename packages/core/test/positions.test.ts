import {describe, expect, it} from 'vitest'
import {checkReport, questionPrompt} from '../src/index.js'
import {fixtureReport, words} from './fixture-report.js'

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length
}

describe('positions', () => {
  const lf = fixtureReport({answers: {4: `Short answer ${words(10)}`}})

  it('place a verdict on the counted answer, by line and column', () => {
    const finding = checkReport(lf).findings[0]!
    expect(finding.start).toEqual({line: lineOf(lf, 'Short answer'), column: 1, offset: lf.indexOf('Short answer')})
    expect(lf.slice(finding.start.offset, finding.end.offset)).toBe(`Short answer ${words(10)}`)
  })

  it('are the same lines and columns with CRLF, and offsets into the CRLF text', () => {
    const crlf = lf.replace(/\n/g, '\r\n')
    const [a, b] = [checkReport(lf), checkReport(crlf)]
    expect(b.questions.map((entry) => entry.words)).toEqual(a.questions.map((entry) => entry.words))
    const finding = b.findings[0]!
    expect(finding.start.line).toBe(a.findings[0]!.start.line)
    expect(finding.start.column).toBe(1)
    expect(crlf.slice(finding.start.offset, finding.end.offset)).toBe(`Short answer ${words(10)}`)
  })

  it('treat a lone CR as a line break, as Python does', () => {
    const cr = lf.replace(/\n/g, '\r')
    const result = checkReport(cr)
    expect(result.passed).toBe(30)
    expect(result.findings[0]!.start.line).toBe(lineOf(lf, 'Short answer'))
  })

  it('keep a UTF-8 BOM in the text and count past it', () => {
    const result = checkReport(`\ufeff${lf}`)
    expect(result.passed).toBe(30)
    expect(result.findings[0]!.start.offset).toBe(lf.indexOf('Short answer') + 1)
  })
})

describe('the report model', () => {
  const text = fixtureReport({answers: {4: 'We pinned versions.\n\nThen we wrote more.'}})
  const result = checkReport(text)

  it('gives every question its heading, prompt, constraints and answer', () => {
    const question = result.questions[3]!
    expect(question).toMatchObject({number: 4, heading: 'Question 4', constraints: {words: [100, 200]}})
    expect(questionPrompt(text, question)).toBe('Prompt number 4, in our own words.')
    expect(question.answer!.text).toBe('We pinned versions.\n\nThen we wrote more.')
    expect(question.headingPosition!.start.line).toBe(lineOf(text, '### Question 4'))
  })

  it('reads the checklist with its groups and states', () => {
    expect(result.checklist.map(({group, text: item, checked}) => ({group, item, checked}))).toEqual([
      {group: 'Week 1', item: 'Set up a repository (M5)', checked: true},
      {group: 'Week 1', item: 'Write a data loader that downloads things (M6)', checked: false},
      {group: 'Extra', item: 'Draw a diagram', checked: false}
    ])
  })
})
