import {describe, expect, it} from 'vitest'
import {checkReport} from '../src/check.js'
import {questionVerdict, reportPasses, reportVerdict} from '../src/verdict-wording.js'
import {fixtureReport, words} from './fixture-report.js'

describe('the verdict wording every presenter shows', () => {
  it("says a question's verdict: the checker's own, our reading where it stops, or none", () => {
    expect(questionVerdict({pass: true, estimated: false})).toEqual({state: 'pass', label: 'Passes'})
    expect(questionVerdict({pass: false, estimated: false})).toEqual({state: 'fail', label: 'Fails'})
    expect(questionVerdict({pass: true, estimated: true})).toEqual({state: 'pass', label: 'Would pass (the course checker stops on this report)'})
    expect(questionVerdict({pass: false, estimated: true})).toEqual({state: 'fail', label: 'Would fail (the course checker stops on this report)'})
    expect(questionVerdict({pass: null, estimated: false})).toEqual({state: 'unknown', label: 'Not found (the course checker stops on this report)'})
  })

  it('decides whether a whole report passes, and says it in a sentence', () => {
    const passing = checkReport(fixtureReport())
    expect(reportPasses(passing)).toBe(true)
    expect(reportVerdict(passing)).toEqual({state: 'pass', label: 'The course checker passes 31 of 31 questions.'})
    const short = checkReport(fixtureReport({answers: {4: words(20)}}))
    expect(reportPasses(short)).toBe(false)
    expect(reportVerdict(short)).toEqual({state: 'fail', label: 'The course checker passes 30 of 31 questions.'})
    const stopped = checkReport(fixtureReport().replace('Answer:', 'Reply:'))
    expect(stopped.officialError).not.toBeNull()
    expect(reportPasses(stopped)).toBe(false)
    expect(reportVerdict(stopped).label).toBe(`The course checker stops on this report: ${stopped.officialError}`)
    // Where it stops, our reading of every question may pass; the report still does not.
    expect(reportPasses({officialError: 'ValueError', passed: 31, total: 31})).toBe(false)
  })
})
