/**
 * What the checklist's evidence rules read of a group's repository at the
 * judged commit: every path, and the text of the files the core asks for
 * (`snapshotTexts` names them), from blobs the caller read. Files over the
 * core's limit are never read (a 2 GB model counts only by its name), nor
 * ones that are not UTF-8 or that the remote could not serve.
 */

import {EVIDENCE_TEXT_LIMIT, type RepositorySnapshot, wantsText} from '@mlops-report/core'
import type {TreeEntry} from './git-mirror.js'

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** The entries whose text the evidence rules read: files they ask for, of a size known and within the limit. */
export function snapshotTexts(entries: TreeEntry[], sizes: ReadonlyMap<string, number>): TreeEntry[] {
  return entries.filter((entry) => {
    if (entry.type !== 'blob' || entry.mode === '120000' || !wantsText(entry.path)) return false
    const size = sizes.get(entry.sha)
    return size !== undefined && size <= EVIDENCE_TEXT_LIMIT
  })
}

export function repositorySnapshot(entries: TreeEntry[], sizes: ReadonlyMap<string, number>, contents: ReadonlyMap<string, Buffer>): RepositorySnapshot {
  const texts = new Map<string, string>()
  for (const entry of snapshotTexts(entries, sizes)) {
    const content = contents.get(entry.sha)
    if (content === undefined) continue
    try {
      texts.set(entry.path, utf8.decode(content))
    } catch {
      // Not text: read as absent, like a file not committed.
    }
  }
  return {paths: entries.map((entry) => entry.path), texts}
}
