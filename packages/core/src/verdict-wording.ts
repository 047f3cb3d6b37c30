/**
 * Whether a report passes, and the words for each verdict, decided here once:
 * the CLI, the hand-in page, the site, the editor and the extension show them
 * as they are, so that a student reads the same verdict wherever they look.
 */

import type {CheckResult, QuestionResult} from './check.js'

export type VerdictState = 'pass' | 'fail' | 'unknown'

export interface VerdictWording {
  /** For colour and icons. */
  state: VerdictState
  /** As a label or a sentence starts: `Passes`, `Would fail (the course checker stops on this report)`. */
  label: string
}

const STOPS = 'the course checker stops on this report'

/** A question's verdict: the checker's own, our reading where it stops, or none. */
export function questionVerdict(question: Pick<QuestionResult, 'pass' | 'estimated'>): VerdictWording {
  if (question.pass === null) return {state: 'unknown', label: `Not found (${STOPS})`}
  const state = question.pass ? 'pass' : 'fail'
  if (question.estimated) return {state, label: `${question.pass ? 'Would pass' : 'Would fail'} (${STOPS})`}
  return {state, label: question.pass ? 'Passes' : 'Fails'}
}

/** A whole report passes when the checker reads it and every question passes. */
export function reportPasses(result: Pick<CheckResult, 'officialError' | 'passed' | 'total'>): boolean {
  return result.officialError === null && result.passed === result.total
}

/** The report's verdict in a sentence. */
export function reportVerdict(result: Pick<CheckResult, 'officialError' | 'passed' | 'total'>): VerdictWording {
  if (result.officialError !== null) return {state: 'fail', label: `The course checker stops on this report: ${result.officialError}`}
  return {state: reportPasses(result) ? 'pass' : 'fail', label: `The course checker passes ${result.passed} of ${result.total} questions.`}
}
