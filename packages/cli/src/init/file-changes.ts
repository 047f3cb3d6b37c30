/**
 * The files `init` writes: planned first, shown, then written each in one
 * step (see write-atomically.ts).
 */

import {mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {writeAtomically} from '../write-atomically.js'

export interface FileChange {
  /** Relative to the repository's root. */
  path: string
  /** null when the file is new. */
  before: string | null
  after: string
  /** One line: what changes, e.g. "adds the mlops-report hook". */
  summary: string
  executable?: boolean
}

/** Lines added or removed, `+`/`-` prefixed, for `--dry-run` (the changes are additions and whole files). */
export function describeChange(change: FileChange): string {
  const header = `${change.before === null ? 'create' : 'update'} ${change.path}: ${change.summary}`
  const before = change.before === null ? [] : change.before.split('\n')
  const after = change.after.split('\n')
  if (after.at(-1) === '' && (change.before === null || before.at(-1) === '')) {
    after.pop()
    before.pop()
  }
  // Common head and tail kept out: what is left is the change.
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  const removed = before.slice(head, before.length - tail).map((line) => `  - ${line}`)
  const added = after.slice(head, after.length - tail).map((line) => `  + ${line}`)
  return [header, ...removed, ...added].join('\n')
}

export function applyChange(root: string, change: FileChange): void {
  const target = join(root, change.path)
  mkdirSync(dirname(target), {recursive: true})
  writeAtomically(target, change.after, change.executable ? 0o755 : 0o644)
}
