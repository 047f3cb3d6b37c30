/**
 * The hand-in's mends applied to a whole report: what `mlops-report fix`
 * writes and what editors offer as "fix all". Each mend is the core's own
 * (a hand-in finding's `fix`); a pass that would move any official count or
 * verdict is not made.
 */

import {type CheckOptions, type CheckResult, checkReport} from './check.js'
import type {Finding} from './finding.js'

/** Passes over a report: a mend can reveal another (a parent item moved, its children next). */
const MAX_PASSES = 8

export interface FixOutcome {
  text: string
  /** Mends applied. */
  applied: number
  /** Hand-in findings left, each without a mend that keeps the counts. */
  left: Finding[]
}

function officialFigures(result: CheckResult): string {
  return JSON.stringify([result.officialError, result.questions.map((question) => [question.number, question.words, question.images, question.pass])])
}

/** Replaces each finding's range by its mend, last first, skipping one that overlaps a mend already made. */
function applyMends(text: string, mends: Finding[], newline: string): {text: string; applied: number} {
  let result = text
  let applied = 0
  let before = Number.POSITIVE_INFINITY
  for (const mend of [...mends].sort((a, b) => b.start.offset - a.start.offset)) {
    if (mend.end.offset > before) continue
    result = result.slice(0, mend.start.offset) + mend.fix!.replace(/\n/g, newline) + result.slice(mend.end.offset)
    before = mend.start.offset
    applied++
  }
  return {text: result, applied}
}

/** The report with every hand-in divergence mended that can be without changing the official figures. */
export function fixReport(text: string, options: CheckOptions = {}): FixOutcome {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  let result = checkReport(text, options)
  const original = officialFigures(result)
  let current = text
  let applied = 0
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const mends = result.findings.filter((finding) => finding.ruleId === 'handin-rendering' && finding.fix !== undefined)
    if (mends.length === 0) break
    const next = applyMends(current, mends, newline)
    const nextResult = checkReport(next.text, options)
    // A mend that would move a count is not made; the core's mends are built to keep them.
    if (next.text === current || officialFigures(nextResult) !== original) break
    current = next.text
    result = nextResult
    applied += next.applied
  }
  return {text: current, applied, left: result.findings.filter((finding) => finding.ruleId === 'handin-rendering')}
}
