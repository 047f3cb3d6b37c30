import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkReport} from '../src/index.js'
import {fixtureReport, image, words} from './fixture-report.js'

const question = (text: string, number: number) => checkReport(text).questions.find((entry) => entry.number === number)!

describe('verdicts as the course checker decides them', () => {
  it('passes a complete report, 31 of 31', () => {
    const result = checkReport(fixtureReport())
    expect(result.generation).toBe(31)
    expect(result.officialError).toBeNull()
    expect([result.passed, result.total]).toEqual([31, 31])
    expect(result.findings).toEqual([])
  })

  it('applies both bounds inclusively', () => {
    expect(question(fixtureReport({answers: {4: words(100)}}), 4).pass).toBe(true)
    expect(question(fixtureReport({answers: {4: words(200)}}), 4).pass).toBe(true)
    expect(question(fixtureReport({answers: {4: words(99)}}), 4).pass).toBe(false)
    expect(question(fixtureReport({answers: {4: words(201)}}), 4).pass).toBe(false)
  })

  it('states the figures and the distance to the range', () => {
    const result = checkReport(fixtureReport({answers: {4: words(86)}}))
    const finding = result.findings.find((entry) => entry.ruleId === 'question-length')!
    expect(finding).toMatchObject({severity: 'error', official: true, question: 4, actual: 86, expected: '100–200 words'})
    expect(finding.message).toBe('Question 4: 86 words, expected 100–200 (14 short)')
    expect(checkReport(fixtureReport({answers: {7: words(130)}})).findings[0]!.message).toBe('Question 7: 130 words, expected 50–100 (30 over)')
  })

  it('fails a question on either of two constraints, with a finding for each', () => {
    const result = checkReport(fixtureReport({answers: {14: words(50)}}))
    expect(result.questions[13]).toMatchObject({words: 50, images: 0, pass: false})
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'Question 14: 50 words, expected 200–300 (150 short)',
      'Question 14: 0 images, expected 1–3 (1 missing)'
    ])
  })

  it('counts `> **Answer:**` asterisks as a word of every answer', () => {
    const text = fixtureReport({answers: {4: words(99)}}).replaceAll('> Answer:', '> **Answer:**')
    expect(question(text, 4)).toMatchObject({words: 100, pass: true})
  })

  it('counts the unfilled placeholder as 6 words, and says "unanswered"', () => {
    const result = checkReport(fixtureReport({answers: {4: '--- question 4 fill here ---', 3: '--- question 3 fill here ---'}}))
    expect(result.questions[3]).toMatchObject({words: 6, pass: false, unanswered: true})
    expect(result.questions[2]).toMatchObject({words: 6, pass: true, unanswered: true})
    const messages = result.findings.map((finding) => [finding.ruleId, finding.severity, finding.message])
    expect(messages).toEqual([
      ['unanswered-question', 'warning', 'Question 3 is unanswered: the template placeholder is still there (the checker lets it pass with 6 words)'],
      ['question-length', 'error', 'Question 4 is unanswered: the template placeholder is still there (the checker counts 6 words and fails it)']
    ])
  })

  it('reads the last answer whole, to the end of the file', () => {
    const text = fixtureReport({answers: {31: words(40)}, trailer: 'Closing words after the last answer.'})
    expect(question(text, 31).words).toBe(46)
  })

  it('checks reports on the older 27-question template with its own table', () => {
    const result = checkReport(fixtureReport({generation: 27, answers: {20: `${image()}\n${image('figures/b.png')}`}}))
    expect(result.generation).toBe(27)
    expect([result.passed, result.total]).toEqual([26, 27])
    expect(result.findings[0]!.message).toBe('Question 20: 2 images, expected exactly 1 (1 too many)')
  })

  it('drops the first 43 characters on the older template, as its checker does', () => {
    // An `Answer:` in the dropped front matter is not seen by the 27-question checker.
    const text = fixtureReport({generation: 27}).replace('layout: default', 'layout:Answer:x')
    expect(checkReport(text).officialError).toBeNull()
  })
})

describe('where the course checker stops reading an answer', () => {
  it('cuts an answer at `###` and says how many words it does not see', () => {
    const text = fixtureReport({answers: {5: `${words(60)}\n\n#### Details\n\n${words(80)}`}})
    const result = checkReport(text)
    expect(result.questions[4]).toMatchObject({words: 60, pass: false})
    const cut = result.findings.find((finding) => finding.ruleId === 'answer-cut-short')!
    expect(cut.message).toBe('The course checker stops reading question 5 at this `####`: it does not count the 82 words after it (it counts 60)')
    expect(text.slice(cut.start.offset, cut.end.offset)).toBe('####')
  })

  it('cuts at `##` inside a word, such as C##', () => {
    const result = checkReport(fixtureReport({answers: {6: `We wrote C## code. ${words(120)}`}}))
    expect(result.questions[5]!.words).toBe(3)
    expect(result.findings.find((finding) => finding.ruleId === 'answer-cut-short')!.message).toContain('at this `##`')
  })

  it('starts an answer after a second `Answer:` and drops what came before', () => {
    const result = checkReport(fixtureReport({answers: {8: `${words(110)} Answer: ${words(20)}`}}))
    expect(result.questions[7]).toMatchObject({words: 20, pass: false})
    expect(result.findings.find((finding) => finding.ruleId === 'answer-cut-short')!.message).toBe(
      "The course checker starts question 8's answer at this `Answer:` and ignores the 110 words before it"
    )
  })
})

describe('when the count still matches but answers shift', () => {
  it('says which answers the checker reads from under another question', () => {
    // Question 5 loses its `Answer:` line; question 8 gains one after a `###`, so there are still 31.
    const text = fixtureReport({answers: {8: `${words(110)}\n\n### More detail\n\nAnswer: ${words(3)}`}}).replace(/(### Question 5\n[\s\S]*?)> Answer:\n/, '$1')
    const result = checkReport(text)
    expect(result.officialError).toBeNull()
    const shifted = result.findings.filter((finding) => finding.ruleId === 'answer-alignment')
    expect(shifted.map((finding) => finding.message)).toEqual([
      "The checker reads this as question 5's answer, but it sits under question 6",
      "The checker reads this as question 6's answer, but it sits under question 7",
      "The checker reads this as question 7's answer, but it sits under question 8"
    ])
    expect(shifted.every((finding) => finding.severity === 'warning' && !finding.official)).toBe(true)
    // The official verdicts are the checker's, shifted: question 5 is judged on question 6's text.
    expect(result.questions[4]!.words).toBe(101)
  })
})

describe('when the course checker stops', () => {
  it('names the question whose `Answer:` line was deleted, and still checks the others', () => {
    const text = fixtureReport({answers: {6: words(30)}}).replace(/(### Question 9\n[\s\S]*?)> Answer:\n/, '$1')
    const result = checkReport(text)
    expect(result.officialError).toBe('ValueError: Number of answers are different from the expected 31. Have you changed the template?')
    const structure = result.findings.filter((finding) => finding.ruleId === 'template-structure').map((finding) => finding.message)
    expect(structure).toEqual([
      'The course checker stops: it finds 30 answers where it expects 31, so it checks nothing',
      'Question 9 has no `Answer:` line: the checker reads it as part of the answer before it'
    ])
    expect(result.questions[5]).toMatchObject({words: 30, pass: false, estimated: true})
    expect(result.questions[8]).toMatchObject({pass: null})
    expect(result.passed).toBe(29)
  })

  it('names a heading added after the last answer', () => {
    const result = checkReport(fixtureReport({trailer: '### Use of AI tools\n\nWe used none.'}))
    expect(result.officialError).not.toBeNull()
    const added = result.findings.find((finding) => finding.message.startsWith('`###` after the last'))!
    expect(added.start.line).toBe(fixtureReport().split('\n').length + 1)
  })

  it('names a second `Answer:` that opens an extra answer', () => {
    const text = fixtureReport({answers: {10: `${words(110)}\n\n### More\n\nAnswer: again`}})
    const result = checkReport(text)
    expect(result.officialError).not.toBeNull()
    expect(result.findings.map((finding) => finding.message)).toContain('Question 10 has a second `Answer:`: the checker starts an extra answer here')
  })

  it('names a missing question heading', () => {
    const text = fixtureReport().replace('### Question 12\n', '**Question 12**\n')
    expect(checkReport(text).findings.map((finding) => finding.message)).toContain('There is no `### Question 12` heading')
  })

  it('stops on a file without any `Answer:`, as the script does with an IndexError', () => {
    const result = checkReport('# Notes\n\nNothing here.\n')
    expect(result.isReport).toBe(false)
    expect(checkReport(fixtureReport()).isReport).toBe(true)
    expect(result.officialError).toMatch(/^IndexError/)
    expect(result.findings[0]!.message).toContain('there is no `Answer:` in the file')
  })

  it('checks an unrecognised template as the current one and says so', () => {
    const result = checkReport('### Question 1\n\n> Answer:\n\nOne\n')
    expect(result.generation).toBeNull()
    expect(result.checkedAs).toBe(31)
    expect(result.findings.find((finding) => finding.severity === 'warning')).toMatchObject({
      ruleId: 'template-generation',
      message: expect.stringMatching(/^Cannot tell which template/)
    })
  })
})

describe('constraints read from the text', () => {
  it('reproduce the official table on the course template exactly', () => {
    const template = readFileSync(new URL('../../../../shared/template/README.md', import.meta.url), 'utf8')
    const fromText = checkReport(template, {constraints: 'text'})
    const official = checkReport(template)
    expect(fromText.checkedAs).toBe('text')
    expect(fromText.questions.map((entry) => entry.constraints)).toEqual(official.questions.map((entry) => entry.constraints))
  })

  it('handle a template with other questions', () => {
    const text = [
      '### Question 1',
      '> **Say something.** Recommended answer length: 5-10 words.',
      '> Answer:',
      '',
      words(3),
      '### Question 2',
      '> **Upload 2 to 4 screenshots.**',
      '> Answer:',
      '',
      image()
    ].join('\n')
    const result = checkReport(text, {constraints: 'text'})
    expect(result.officialError).toBeNull()
    expect(result.questions.map(({number, constraints, pass}) => ({number, constraints, pass}))).toEqual([
      {number: 1, constraints: {words: [5, 10]}, pass: false},
      {number: 2, constraints: {images: [2, 4]}, pass: false}
    ])
  })
})
