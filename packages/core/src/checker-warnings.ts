/**
 * How many `WARNING` lines the course's `report.py check` prints for a
 * report: one per failed constraint (words, images), none when it stops
 * first. The course's scraper records this figure for each group.
 */

import type {CheckResult} from './check.js'
import {outsideRange} from './official-tables.js'

/** The checker's warning lines for `result`; check with `generation: 31` to count as the newest checker does. */
export function countCheckerWarnings(result: Pick<CheckResult, 'officialError' | 'questions'>): number {
  if (result.officialError !== null) return 0
  let warnings = 0
  for (const question of result.questions) {
    if (outsideRange(question.words, question.constraints.words)) warnings++
    if (outsideRange(question.images, question.constraints.images)) warnings++
  }
  return warnings
}
