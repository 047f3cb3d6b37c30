/**
 * `mlops-report fix [paths…] [--dry-run]`: rewrites what the graders' hand-in
 * would render differently from GitHub into markdown that both render alike,
 * as the student saw it on GitHub. The mends are the core's (each hand-in
 * finding that has one); this command applies them, checks that no
 * question's official count or verdict moved, and writes each file in one
 * step.
 */

import {type CheckOptions, type CheckResult, checkReport, type Finding, type PythonMarkdownVersion} from '@mlops-report/core'
import {defaultReportPath, readReport} from '@mlops-report/report-files'
import type {Output} from './check-command.js'
import {writeForUser} from './write-atomically.js'

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

export async function runFix(paths: string[], options: {dryRun: boolean; pythonMarkdown?: PythonMarkdownVersion}, io: Output): Promise<number> {
  // The diff library only for --dry-run.
  const {createTwoFilesPatch} = options.dryRun ? await import('diff') : {createTwoFilesPatch: null}
  const targets = paths.length > 0 ? paths : [defaultReportPath()]
  for (const target of targets) {
    const report = readReport(target)
    const outcome = fixReport(report.text, {files: report.files, pythonMarkdown: options.pythonMarkdown})
    if (outcome.text === report.text) {
      io.out(`${report.path}: nothing to mend`)
    } else if (options.dryRun) {
      io.out(createTwoFilesPatch!(report.path, report.path, report.text, outcome.text, '', '', {context: 3}).trimEnd())
    } else {
      writeForUser(report.path, outcome.text)
      io.out(`${report.path}: ${outcome.applied} ${outcome.applied === 1 ? 'mend' : 'mends'}; the course checker's counts and verdicts are unchanged`)
    }
    if (outcome.left.length > 0) {
      const where = options.dryRun && outcome.text !== report.text ? ' (lines as after the mends)' : ''
      io.out(`${report.path}: ${outcome.left.length} left that cannot be mended without changing what the course checker counts${where}:`)
      for (const finding of outcome.left) io.out(`  ${report.path}:${finding.start.line}:${finding.start.column}  ${finding.message}`)
    }
  }
  return 0
}
