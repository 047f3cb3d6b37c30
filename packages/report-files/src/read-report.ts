/**
 * Finds and reads a report from disk for the presenters, turning every way
 * that can fail into a sentence a student understands.
 */

import {isUtf8} from 'node:buffer'
import {existsSync, readdirSync, readFileSync, realpathSync, type Stats, statSync} from 'node:fs'
import {basename, dirname, isAbsolute, join, relative, resolve} from 'node:path'
import type {FileLookup} from '@mlops-report/core'

export class ReportInputError extends Error {
  override name = 'ReportInputError'
}

/**
 * By name, not instanceof: the bundled CLI and the lazily loaded html command
 * each hold their own copy of the class.
 */
export function isReportInputError(error: unknown): error is ReportInputError {
  return error instanceof Error && error.name === 'ReportInputError'
}

export interface ReportFile {
  /** The path as the user will recognise it. */
  path: string
  text: string
  /** Looks up files beside the report (for the core's `files` option). */
  files: FileLookup
}

/**
 * The report a path names: a file; a folder that holds `reports/README.md`
 * (a repository: the template's place, not the project's own README.md);
 * else a folder's README.md.
 */
export function resolveReportPath(path: string): string {
  let stats: Stats
  try {
    stats = statSync(path)
  } catch {
    throw new ReportInputError(`${path}: no such file or folder`)
  }
  if (!stats.isDirectory()) return path
  for (const candidate of defaultReportPaths) {
    const readme = join(path, candidate)
    try {
      if (statSync(readme).isFile()) return readme
    } catch {
      // Try the next one.
    }
  }
  throw new ReportInputError(`${path}: folder has neither reports/README.md nor README.md`)
}

/** Whether a file's name says markdown: the only files published or checked as reports when a glob finds them. */
/**
 * Whether a path as given is a glob for the commands to expand (the shell
 * left it alone because it was quoted): it holds a wildcard or a brace.
 */
export function isGlobPattern(path: string): boolean {
  return /[*?[\]{}]/.test(path)
}

/** `!pattern` leaves out what the pattern names, and everything below it. */
export function isNegation(pattern: string): boolean {
  return pattern.startsWith('!') && pattern.length > 1
}

/** Whether a command must expand what it is given (a glob, a negation) or can take the paths as they are. */
export function needsExpanding(patterns: readonly string[]): boolean {
  return patterns.some((pattern) => isGlobPattern(pattern) || isNegation(pattern))
}

export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd|mkdn)$/i.test(path)
}

/** Where a repository's report is when no path is given, in order: the template's place, then the root. */
export const defaultReportPaths: readonly string[] = [join('reports', 'README.md'), 'README.md']

/** The default when no path is given: `reports/README.md`, else `./README.md`. */
export function defaultReportPath(): string {
  for (const candidate of defaultReportPaths) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // Try the next one.
    }
  }
  throw new ReportInputError('no report found: neither reports/README.md nor README.md exists here (give a path)')
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  const length = bytes.length
  while (index < length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let needed: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) [needed, min] = [1, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [needed, min] = [2, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [needed, min] = [3, 0x10000]
    else return index
    let code = byte & (0xff >> (needed + 2))
    for (let offset = 1; offset <= needed; offset++) {
      const next = bytes[index + offset]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += needed + 1
  }
  return -1
}

function lineAndColumn(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 10) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

export function decodeReport(path: string, bytes: Uint8Array): string {
  const probe = bytes.subarray(0, 8000)
  if (probe.includes(0)) throw new ReportInputError(`${path}: this is a binary file, not a markdown report`)
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes)
  if (invalid !== -1) {
    const {line, column} = lineAndColumn(bytes, invalid)
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')
    throw new ReportInputError(`${path}:${line}:${column}: not valid UTF-8 (byte 0x${byte}); the course checker stops on this file too. Save it as UTF-8.`)
  }
  // Keeps a BOM, as Python's utf-8 codec does.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}

/**
 * Looks files up beside a report as the graders' Linux machines will: a path
 * is found only with its exact letter case, and when it is not, the name it
 * has on disk is returned so the student can be told. Each folder on a
 * looked-up path is read once; nothing else is listed.
 */
export function fileLookupBeside(reportPath: string): FileLookup {
  const root = dirname(reportPath)
  const folders = new Map<string, {exact: Set<string>; byLowerCase: Map<string, string>; links: Set<string>} | null>()
  const entries = (folder: string) => {
    let names = folders.get(folder)
    if (names === undefined) {
      try {
        const listed = readdirSync(join(root, folder), {withFileTypes: true})
        names = {exact: new Set<string>(), byLowerCase: new Map<string, string>(), links: new Set<string>()}
        for (let index = 0; index < listed.length; index++) {
          const entry = listed[index]!
          const name = entry.name
          names.exact.add(name)
          names.byLowerCase.set(name.toLowerCase(), name)
          if (entry.isSymbolicLink()) names.links.add(name)
        }
      } catch {
        names = null
      }
      folders.set(folder, names)
    }
    return names
  }
  let realRoot: string | undefined
  return (path) => {
    let actual = ''
    let throughLink = false
    const segments = path.split('/')
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index]!
      const names = entries(actual)
      // The exact name if it is there, else one that differs only in case.
      const found = names?.exact.has(segment) ? segment : names?.byLowerCase.get(segment.toLowerCase())
      if (found === undefined) return null
      if (names!.links.has(found)) throughLink = true
      actual = actual ? `${actual}/${found}` : found
    }
    if (!throughLink) return actual
    // A symbolic link on the way may lead out of the report's folder.
    try {
      realRoot ??= realpathSync(root)
      const inside = relative(realRoot, realpathSync(join(root, actual)))
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return {linkOutside: actual}
    } catch {
      return null
    }
    return actual
  }
}

function readOrExplain<T>(file: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new ReportInputError(`${file}: cannot read (${explainCode((error as NodeJS.ErrnoException).code)})`)
  }
}

function explainCode(code: string | undefined): string {
  return code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error')
}

/**
 * The report's text, read straight away: a path that is a folder or missing
 * is told apart by the error, so the common case costs no extra `stat`.
 */
function readReportText(path: string): {file: string; text: string} {
  try {
    return {file: path, text: readFileSync(path, 'utf8')}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReportInputError(`${path}: no such file or folder`)
    if (code !== 'EISDIR') throw new ReportInputError(`${path}: cannot read (${explainCode(code)})`)
  }
  const file = resolveReportPath(path)
  return {file, text: readOrExplain(file, () => readFileSync(file, 'utf8'))}
}

export function readReport(path: string): ReportFile {
  const {file, text: read} = readReportText(path)
  let text = read
  // Straight to a string is Node's fast path; the bytes are looked at only
  // when decoding had to replace something, or the text holds a NUL.
  if (text.includes('\ufffd') || text.slice(0, 8000).includes('\0')) {
    text = decodeReport(
      file,
      readOrExplain(file, () => readFileSync(file))
    )
  }
  return {path: file, text, files: fileLookupBeside(file)}
}

/**
 * The repository a report lies in, which `/…` paths in it start from on
 * GitHub: the nearest folder above it with a `.git`, else the folder that
 * holds its `reports/` folder, else null.
 */
export function repositoryRootOf(reportFile: string): string | null {
  const folder = dirname(resolve(reportFile))
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current
    if (dirname(current) === current) break
  }
  return basename(folder) === 'reports' ? dirname(folder) : null
}
