/**
 * What the checklist's evidence rules see of a repository: its paths, and the
 * text of the files they read. The core does no I/O: the caller lists the
 * tree, asks `wantsText` which files to read, and hands their text over.
 */

import {baseName} from './base-name.js'
import {scraperPaths} from './scraper-paths.js'

export interface RepositorySnapshot {
  /**
   * Every path of the tree, `/`-separated, as `git ls-tree -r -t` lists
   * them (folders and submodules included, as the course scraper sees them).
   */
  paths: readonly string[]
  /** The text of the files `wantsText` asked for; a file left out (too big, binary, unreadable) is read as absent. */
  texts: ReadonlyMap<string, string>
}

/** Files larger than this are never read for their content: only their names count. */
export const EVIDENCE_TEXT_LIMIT = 1024 * 1024

const TEXT_EXTENSION = /\.(?:py|toml|cfg|ini|ya?ml|sh|txt|json)$/i

/** Whether a rule reads this file's content, by its path (the caller applies EVIDENCE_TEXT_LIMIT). */
export function wantsText(path: string): boolean {
  const name = baseName(path)
  if (path === '.dvc/config' || name === 'Makefile' || name === 'Dockerfile' || /\.dockerfile$/i.test(name)) return true
  if (!TEXT_EXTENSION.test(name)) return false
  // Of text data, only what configures or installs the project.
  if (/\.(?:txt|json)$/i.test(name)) return /^requirements.*\.txt$/i.test(name) || name === 'package.json'
  return true
}

const IMPORT_LINE =
  /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*))/gm
const TEST_FUNCTION = /^[ \t]*(?:async[ \t]+)?def[ \t]+test_?\w*[ \t]*\(/m

export interface PythonFile {
  path: string
  text: string
  /** Every module named by an `import` or `from … import` line, dotted as written. */
  imports: ReadonlySet<string>
}

/** The snapshot indexed once for all rules of one checklist. */
export class RepositoryIndex {
  readonly paths: readonly string[]
  readonly python: readonly PythonFile[]
  /** `.github/workflows/*.yml`/`.yaml` with their text (empty when not read). */
  readonly workflows: readonly {path: string; text: string}[]
  readonly #texts: ReadonlyMap<string, string>

  constructor(snapshot: RepositorySnapshot) {
    this.paths = snapshot.paths
    this.#texts = snapshot.texts
    const python: PythonFile[] = []
    const workflows: {path: string; text: string}[] = []
    for (const path of snapshot.paths) {
      if (path.endsWith('.py')) {
        const text = snapshot.texts.get(path)
        if (text !== undefined) python.push({path, text, imports: importsOf(text)})
      }
      if (scraperPaths.workflowFile(path)) workflows.push({path, text: snapshot.texts.get(path) ?? ''})
    }
    this.python = python
    this.workflows = workflows
  }

  /** Paths whose text was read, with it. */
  *texts(): Iterable<[string, string]> {
    yield* this.#texts
  }

  /** Python files importing any of the modules (or a submodule of one). */
  importing(modules: readonly string[]): string[] {
    return this.python.filter((file) => modules.some((module) => importsModule(file.imports, module))).map((file) => file.path)
  }

  /** Test files (`test_*.py`, `*_test.py`) that define at least one test function. */
  testFiles(): PythonFile[] {
    return this.python.filter((file) => /^test_.*\.py$|_test\.py$/.test(baseName(file.path)) && TEST_FUNCTION.test(file.text))
  }
}

function importsModule(imports: ReadonlySet<string>, module: string): boolean {
  for (const name of imports) if (name === module || name.startsWith(`${module}.`)) return true
  return false
}

function importsOf(text: string): Set<string> {
  const modules = new Set<string>()
  IMPORT_LINE.lastIndex = 0
  for (let line = IMPORT_LINE.exec(text); line; line = IMPORT_LINE.exec(text)) {
    if (line[1]) modules.add(line[1])
    else for (const part of line[2]!.split(',')) modules.add(part.trim().split(/[ \t]/)[0]!)
  }
  return modules
}
