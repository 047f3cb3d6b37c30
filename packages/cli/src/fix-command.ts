/**
 * `mlops-report fix [paths…] [--dry-run]`: rewrites what the graders' hand-in
 * would render differently from GitHub into markdown that both render alike,
 * as the student saw it on GitHub. The core's `fixReport` decides the mends
 * and keeps the official counts and verdicts; this command writes each file
 * in one step or shows the diff.
 */

import {fixReport, type PythonMarkdownVersion} from '@mlops-report/core'
import {defaultReportPath, readReport} from '@mlops-report/report-files'
import type {Output} from './check-command.js'
import {givenReports} from './given-paths.js'
import {writeForUser} from './write-atomically.js'

export async function runFix(paths: string[], options: {dryRun: boolean; pythonMarkdown?: PythonMarkdownVersion}, io: Output): Promise<number> {
  // The diff library only for --dry-run.
  const {createTwoFilesPatch} = options.dryRun ? await import('diff') : {createTwoFilesPatch: null}
  const targets = paths.length > 0 ? givenReports(paths, io) : [defaultReportPath()]
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
