/**
 * The sizes of a judged tree's blobs, kept in the group's mirror once every
 * blob of that tree is there: a run judging the same commit again (every
 * run after the first, until the group pushes) needs neither the search for
 * missing blobs nor the size check, two git processes per group. Written
 * only when the remote served every blob; a file that does not read as one
 * is no cache.
 */

import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const FILE = 'mlops-report-blob-sizes'
const HEADER = 'mlops-report blob sizes 1'
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** The sizes kept for `commit`, or null when none are (or what is kept is for another commit, or damaged). */
export function cachedBlobSizes(mirror: string, commit: string): Map<string, number> | null {
  let text: string
  try {
    text = readFileSync(join(mirror, FILE), 'utf8')
  } catch {
    return null
  }
  const lines = text.split('\n')
  if (lines[0] !== HEADER || lines[1] !== commit || lines.at(-1) !== '') return null
  const sizes = new Map<string, number>()
  for (const line of lines.slice(2, -1)) {
    const [sha, size] = line.split(' ')
    if (!sha || !SHA.test(sha) || !size || !/^\d+$/.test(size)) return null
    sizes.set(sha, Number(size))
  }
  return sizes
}

/** Keeps the sizes of `commit`'s blobs, replacing what was kept; a mirror that cannot be written to goes without. */
export function keepBlobSizes(mirror: string, commit: string, sizes: ReadonlyMap<string, number>): void {
  const lines = [HEADER, commit, ...[...sizes].map(([sha, size]) => `${sha} ${size}`), '']
  const path = join(mirror, FILE)
  try {
    writeFileSync(`${path}.tmp`, lines.join('\n'))
    renameSync(`${path}.tmp`, path)
  } catch {
    // Only the next run's speed depends on it.
  }
}
