/**
 * The paths a command is given, as the one expander in report-files reads
 * them (quoted globs, `**`, braces, `!` negations), each glob that matches
 * nothing said in one line. A command stops only when nothing is left.
 */

import {expandPaths, ReportInputError, unmatchedGlobMessage} from '@mlops-report/report-files'
import type {Output} from './check-command.js'

export interface GivenPathsOptions {
  /** Where relative names are read from (default: the working folder). */
  cwd?: string
  /** Before the pattern in the line about a glob that matches nothing (`--compare-with`). */
  option?: string
  /** What is done without it, in that line. */
  instead?: string
}

/** The paths as shown to the user (relative stays relative). */
export function givenPaths(patterns: readonly string[], io: Output, options: GivenPathsOptions = {}): string[] {
  const {paths, unmatched} = expandPaths(patterns, options.cwd)
  for (const pattern of unmatched) io.err(`mlops-report: ${options.option ? `${options.option} ` : ''}${unmatchedGlobMessage(pattern, options.instead)}`)
  return paths.map((path) => path.shown)
}

/** Like givenPaths, for a command's reports: naming some and leaving none is an input error (exit 2). */
export function givenReports(patterns: readonly string[], io: Output, cwd?: string): string[] {
  const shown = givenPaths(patterns, io, cwd === undefined ? {} : {cwd})
  if (shown.length === 0) {
    const named = patterns.map((pattern) => `'${pattern}'`).join(', ')
    throw new ReportInputError(`nothing to read: ${named} ${patterns.length === 1 ? 'leaves' : 'leave'} no file or folder`)
  }
  return shown
}
