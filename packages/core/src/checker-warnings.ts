/**
 * How many `WARNING` lines the course's `report.py check` prints for a
 * report: one per failed constraint (words, images), none when it stops
 * first. The course's scraper records this figure for each group.
 */

import type {CheckResult} from './check.js'

/** The checker's warning lines for `result`; check with `generation: 31` to count as the newest checker does. */
export function countCheckerWarnings(result: Pick<CheckResult, 'officialError' | 'questions'>): number {
  if (result.officialError !== null) return 0
  let warnings = 0
  for (const question of result.questions) {
    const {words, images} = question.constraints
    if (words && (question.words < words[0] || question.words > words[1])) warnings++
    if (images && (question.images < images[0] || question.images > images[1])) warnings++
  }
  return warnings
}
