/**
 * The one reading of the paths a user names on any command (`check`, `fix`,
 * `html`, `similar`, `course`, `mlops-report-site`, the plugin's options):
 * PowerShell and cmd hand a program its globs unexpanded, so the program
 * expands them, as remark-cli, Prettier and ESLint do.
 */

import {existsSync, realpathSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {naturalOrder} from '@mlops-report/core'
import {globSync} from 'tinyglobby'
import {isGlobPattern, isMarkdownPath, isNegation, isReportInputError, resolveReportPath} from './read-report.js'

export interface NamedPath {
  /** As the user will recognise it: the argument as given, or a match as its glob names it. */
  shown: string
  /** Resolved against the folder the names are read from. */
  path: string
  /** Named only by a glob: a match that is no report is then passed over, not an error. */
  fromGlob: boolean
}

export interface ExpandedPaths {
  /** Each path once, in the order given; a glob's matches in the order people sort names. */
  paths: NamedPath[]
  /** The globs that matched nothing (once the negations were applied), as given. */
  unmatched: string[]
}

/** The words every command says for a glob that matches nothing, and what it does instead. */
export function unmatchedGlobMessage(pattern: string, instead = 'left out', where = ''): string {
  return `'${pattern}' matches nothing${where ? ` ${where}` : ''}; ${instead}`
}

/** Windows users write `groups\*\reports`; the glob library reads only `/`. */
function globSyntax(pattern: string): string {
  return process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern
}

/** A name with a bracket or brace that exists as written is that file, not a glob. */
function isGlobHere(pattern: string, cwd: string): boolean {
  return isGlobPattern(pattern) && !existsSync(resolve(cwd, pattern))
}

/** A glob's matches as shown, each with what it is on disk; a file reached both directly and through a link (`**` follows links) by its shortest path. */
function expandOne(pattern: string, cwd: string): Array<{shown: string; key: string}> {
  // Shown as the pattern is written: an absolute one's matches as absolute paths.
  const matches = globSync(globSyntax(pattern), {cwd, onlyFiles: false, expandDirectories: false, absolute: isAbsolute(pattern)}).map((match) =>
    match.replace(/\/$/, '')
  )
  const shortest = new Map<string, string>()
  for (const match of matches) {
    const key = identity(resolve(cwd, match))
    const known = shortest.get(key)
    if (known === undefined || match.length < known.length) shortest.set(key, match)
  }
  return [...shortest].map(([key, shown]) => ({shown, key})).sort((a, b) => naturalOrder(a.shown, b.shown))
}

/** What a path is on disk: a link followed by a glob (`**` through a link to a parent folder) names each file once. */
function identity(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** Whether the path, or a folder it lies in, is one the negations name. */
function negatedBy(excluded: Set<string>): (path: string) => boolean {
  return (path) => {
    for (let current = path; ; current = dirname(current)) {
      if (excluded.has(current)) return true
      if (dirname(current) === current) return false
    }
  }
}

/**
 * Every path the arguments name: a path as it is (whether or not it exists:
 * the command says so when it reads it), a glob expanded (`*`, `**`,
 * `{a,b}`, `[0-9]`), `!glob` or `!path` leaving out what it names wherever it
 * stands. What a shell already expanded arrives as paths and stays as it is.
 */
export function expandPaths(patterns: readonly string[], cwd: string = process.cwd()): ExpandedPaths {
  const negations = patterns.filter(isNegation).map((pattern) => pattern.slice(1))
  const excluded = new Set<string>()
  for (const negation of negations) {
    const named = isGlobHere(negation, cwd) ? expandOne(negation, cwd).map((match) => match.shown) : [negation]
    for (const path of named) excluded.add(resolve(cwd, path))
  }
  const isExcluded = negatedBy(excluded)
  const seen = new Set<string>()
  const paths: NamedPath[] = []
  const unmatched: string[] = []
  for (const pattern of patterns) {
    if (isNegation(pattern)) continue
    const fromGlob = isGlobHere(pattern, cwd)
    const matches = fromGlob ? expandOne(pattern, cwd) : [{shown: pattern, key: identity(resolve(cwd, pattern))}]
    const named = matches.filter(({shown}) => !isExcluded(resolve(cwd, shown)))
    if (fromGlob && named.length === 0) unmatched.push(pattern)
    for (const {shown, key} of named) {
      const path = resolve(cwd, shown)
      if (seen.has(key)) continue
      seen.add(key)
      paths.push({shown, path, fromGlob})
    }
  }
  return {paths, unmatched}
}

export interface NamedReports extends ExpandedPaths {
  /** What a glob matched that is no markdown report (a folder without one, a CSV of grades beside the clones): never read. */
  skipped: Array<{shown: string; reason: string}>
}

/**
 * The reports the arguments name: each path as `resolveReportPath` takes it
 * (a repository's `reports/README.md`, a folder's README.md), each report
 * once. A path named as it is stays for the command to read and explain; a
 * glob's match that is no markdown report is passed over.
 */
export function expandReportPaths(patterns: readonly string[], cwd: string = process.cwd()): NamedReports {
  const expanded = expandPaths(patterns, cwd)
  const skipped: NamedReports['skipped'] = []
  const seen = new Set<string>()
  const paths: NamedPath[] = []
  for (const named of expanded.paths) {
    let report = named
    try {
      const file = resolveReportPath(named.path)
      if (file !== named.path) report = {...named, path: file, shown: join(named.shown, relative(named.path, file))}
    } catch (error) {
      if (!isReportInputError(error)) throw error
      if (named.fromGlob) {
        skipped.push({shown: named.shown, reason: 'a folder with no reports/README.md or README.md'})
        continue
      }
    }
    if (named.fromGlob && !isMarkdownPath(report.path)) {
      skipped.push({shown: named.shown, reason: 'not a markdown file'})
      continue
    }
    const key = identity(report.path)
    if (seen.has(key)) continue
    seen.add(key)
    paths.push(report)
  }
  return {paths, unmatched: expanded.unmatched, skipped}
}
