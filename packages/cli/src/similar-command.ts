/**
 * `mlops-report similar <reports…> [--compare-with <earlier report>…]`: the
 * answers of different reports (and of earlier ones) to one question that
 * share a long passage, as the core finds them. A finding, not an accusation:
 * the lines say what is shared and how long it is.
 */

import {resolve} from 'node:path'
import {findSharedPassages, type NamedReport, type SharedPassage} from '@mlops-report/core'
import {isReportInputError, readReport} from '@mlops-report/report-files'
import type {Output} from './check-command.js'
import {givenPaths, givenReports} from './given-paths.js'
import {UsageError} from './usage.js'

export interface SimilarOptions {
  compareWith: string[]
  format: 'text' | 'json'
}

export function parseSimilarFormat(value: string | undefined): SimilarOptions['format'] {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text'
  throw new UsageError(`--format must be text or json for similar, not "${value}"`)
}

/**
 * Earlier reports as `--compare-with` names them, as every command reads
 * paths (a quoted glob expanded here); a glob that matches nothing is said in
 * one line. Returns the paths (resolved against `cwd`) and how each is shown.
 */
export function earlierReports(patterns: string[], cwd: string, io: Output): {paths: string[]; names: string[]} {
  const shown = givenPaths(patterns, io, {cwd, option: '--compare-with', instead: 'compared without it'})
  return {paths: shown.map((name) => resolve(cwd, name)), names: shown}
}

/**
 * The reports that can be read, each named by the path as given (`names`,
 * where the paths read are resolved ones); each other path said in one line
 * and left out.
 */
export function readComparable(paths: string[], io: Output, names: string[] = paths): {reports: NamedReport[]; unreadable: number} {
  const reports: NamedReport[] = []
  let unreadable = 0
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index]!
    const name = names[index] ?? path
    try {
      reports.push({name, text: readReport(path).text})
    } catch (error) {
      if (!isReportInputError(error)) throw error
      io.err(`mlops-report: ${error.message.replace(path, name)}; left out`)
      unreadable++
    }
  }
  return {reports, unreadable}
}

/** The core's comparison; a report it finds no question in is said in one line. Returns the passages and how many were no report. */
export function compareReports(current: NamedReport[], earlier: NamedReport[], io: Output): {found: SharedPassage[]; notReports: number} {
  let notReports = 0
  const found = findSharedPassages(current, earlier, {
    notReport: (name) => {
      io.err(`mlops-report: ${name}: no "### Question" heading: not a course report, left out`)
      notReports++
    }
  })
  return {found, notReports}
}

function formatText(found: SharedPassage[]): string {
  if (found.length === 0) return 'No two answers to one question share a long passage.'
  return found
    .map((entry) => {
      const quoted = entry.passage.length > 160 ? `${entry.passage.slice(0, 157)}…` : entry.passage
      return `Question ${entry.question}: ${entry.report} and ${entry.other} share a passage of ${entry.sharedWords} words: "${quoted}"`
    })
    .join('\n')
}

/** Exit 0 when everything found was compared, 2 when a path could not be read (the rest are still compared). */
export function runSimilar(paths: string[], options: SimilarOptions, io: Output): number {
  if (paths.length === 0) throw new UsageError('similar takes the reports to compare')
  const current = readComparable(givenReports(paths, io), io)
  const named = earlierReports(options.compareWith, process.cwd(), io)
  const earlier = readComparable(named.paths, io, named.names)
  const {found, notReports} = compareReports(current.reports, earlier.reports, io)
  io.out(options.format === 'json' ? JSON.stringify(found, null, 2) : formatText(found))
  return current.unreadable + earlier.unreadable + notReports > 0 ? 2 : 0
}
