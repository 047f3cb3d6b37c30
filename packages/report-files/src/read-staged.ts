/**
 * Reads a report as it is about to be committed: its text from git's index,
 * and its figures looked up among the files the commit will hold. A figure
 * that is on disk but not in the index is named as such, since the graders
 * clone the repository and will not have it.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, realpathSync, statSync} from 'node:fs'
import {basename, dirname, isAbsolute, join, posix, relative, resolve, sep} from 'node:path'
import {lookupInList, type UncommittedFile, type UncommittedLookup} from '@mlops-report/core'
import {decodeReport, ReportInputError, type ReportFile} from './read-report.js'

export interface StagedReportFile extends ReportFile {
  /** Its path from the repository's root. */
  repositoryPath: string
  /** For the core's `uncommitted` option: figures on disk that the commit will not hold. */
  uncommitted: UncommittedLookup
}

/** Whether a path is a folder (false when it does not exist). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** One git repository's index, read once however many reports are checked in it. */
export class StagedRepository {
  readonly root: string
  private listings = new Map<string, string[]>()

  private constructor(root: string) {
    this.root = root
  }

  /** The repository that holds `path` (a file or folder), or a ReportInputError saying why there is none. */
  static containing(path: string): StagedRepository {
    const folder = isDirectory(path) ? path : dirname(resolve(path))
    const result = git(['rev-parse', '--show-toplevel'], isDirectory(folder) ? folder : process.cwd())
    if (result.status !== 0) {
      throw new ReportInputError(`${path}: not inside a git repository, so there is nothing staged to check (leave out --staged to check the file on disk)`)
    }
    return new StagedRepository(result.stdout.toString('utf8').trim())
  }

  /** `path` relative to the repository's root, with `/`. */
  repositoryPath(path: string): string {
    const absolute = resolve(path)
    // The root git prints has its symlinks resolved; so must the path.
    let real = absolute
    try {
      real = join(realpathSync(dirname(absolute)), basename(absolute))
    } catch {
      // A folder that does not exist: compare as given.
    }
    const inside = relative(this.root, real)
    if (inside.startsWith('..') || isAbsolute(inside)) throw new ReportInputError(`${path}: outside the git repository at ${this.root}`)
    return inside.split(sep).join('/')
  }

  /** The staged content of a file, or null when the index does not have it. */
  stagedBytes(repositoryPath: string): Uint8Array | null {
    const result = git(['cat-file', 'blob', `:${repositoryPath}`], this.root)
    return result.status === 0 ? result.stdout : null
  }

  /** Whether the index has this file. */
  isStaged(repositoryPath: string): boolean {
    return git(['ls-files', '--error-unmatch', '--', repositoryPath], this.root).status === 0
  }

  /** Every file in the index below a folder (`''` for the root), relative to it. */
  filesBelow(folder: string): string[] {
    let listing = this.listings.get(folder)
    if (listing === undefined) {
      const result = git(['ls-files', '-z', '--cached', '--', folder === '' ? '.' : folder], this.root)
      const prefix = folder === '' ? '' : `${folder}/`
      listing =
        result.status === 0
          ? result.stdout
              .toString('utf8')
              .split('\0')
              .filter(Boolean)
              .map((file) => file.slice(prefix.length))
          : []
      this.listings.set(folder, listing)
    }
    return listing
  }

  /** For a file missing from the index: whether it is on disk, and the ignore rule that hides it if any. */
  uncommitted(repositoryPath: string): UncommittedFile | null {
    if (!existsSync(join(this.root, repositoryPath))) return null
    const result = git(['check-ignore', '--verbose', '--no-index', '--', repositoryPath], this.root)
    // `source:line:pattern<TAB>path` when ignored; exit 1 when not.
    const match = result.status === 0 ? /^(.*?):(\d+):(.*)\t/.exec(result.stdout.toString('utf8')) : null
    return {repositoryPath, ignoredBy: match ? `${match[1]}:${match[2]}: ${match[3]}` : null}
  }

  /** The report at `path` as the index has it. */
  readStaged(path: string): StagedReportFile {
    const repositoryPath = this.repositoryPath(path)
    const bytes = this.stagedBytes(repositoryPath)
    if (bytes === null) {
      throw new ReportInputError(`${path}: not staged or committed, so the commit will not contain it (run \`git add ${repositoryPath}\`)`)
    }
    const folder = posix.dirname(repositoryPath) === '.' ? '' : posix.dirname(repositoryPath)
    const within = (relativePath: string) => (folder === '' ? relativePath : `${folder}/${relativePath}`)
    return {
      path,
      repositoryPath,
      text: decodeReport(path, bytes),
      files: lookupInList(this.filesBelow(folder)),
      uncommitted: (relativePath) => this.uncommitted(within(relativePath))
    }
  }
}

function git(args: string[], cwd: string): {status: number | null; stdout: Buffer} {
  const result = spawnSync('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe']})
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code
    throw new ReportInputError(
      code === 'ENOENT' ? 'git is not installed or not on PATH; --staged needs it' : `git failed to start (${code ?? result.error.message})`
    )
  }
  return {status: result.status, stdout: result.stdout}
}
