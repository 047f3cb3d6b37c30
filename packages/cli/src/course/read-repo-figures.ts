/**
 * Reads a group's scraper figures out of its mirror at the judged commit,
 * with git's plumbing only, in two steps: `readTreeBlobs` fetches the blobs a
 * blobless mirror lacks (their sizes are not in it) and checks their sizes;
 * `readRepoFigures` reads the log and counts, given the contents the caller
 * read for everything at once (the README among them, `readmeToRead`).
 * A figure that cannot be known is null, and the note says why.
 */

import {PythonMarkdownFailure} from '@mlops-report/handin-markdown'
import {cachedBlobSizes, keepBlobSizes} from './blob-size-cache.js'
import {blobSizes, commitLog, type FetchedBlobs, fetchTreeBlobs, GitFailure, type TreeEntry} from './git-mirror.js'
import {commitFigures, NO_FIGURES, readmeLength, type RepoFigures, repoSize, rootReadme, treeFigures} from './repo-figures.js'

/** A README longer than this is not counted (GitHub's contents API gives no content past 1 MB either). */
const README_LIMIT = 1024 * 1024

export interface TreeBlobs {
  /** The tree's blobs that the remote could not serve, and what it said. */
  lost: FetchedBlobs
  /** Each blob's size by its sha, for the blobs the mirror holds. */
  sizes: Map<string, number>
}

export interface ReadFigures {
  figures: RepoFigures
  /** Why a figure is null, one sentence each. */
  notes: string[]
}

/** Every blob of the judged tree in the mirror (one batched fetch of what it lacks), with their sizes. */
export async function readTreeBlobs(mirror: string, commit: string, entries: TreeEntry[]): Promise<TreeBlobs> {
  const kept = cachedBlobSizes(mirror, commit)
  if (kept !== null) return {lost: {unavailable: new Set(), reason: null}, sizes: kept}
  const lost = await fetchTreeBlobs(mirror, commit)
  const sizes = await blobSizes(
    mirror,
    entries.filter((entry) => entry.type === 'blob' && !lost.unavailable.has(entry.sha)).map((entry) => entry.sha)
  )
  if (lost.unavailable.size === 0) keepBlobSizes(mirror, commit, sizes)
  return {lost, sizes}
}

/** The root README's blob when its words are to be counted: one the remote served, of at most 1 MiB. */
export function readmeToRead(entries: TreeEntry[], {lost, sizes}: TreeBlobs): string | null {
  const readme = rootReadme(entries)
  if (readme === null || lost.unavailable.has(readme.sha)) return null
  const size = sizes.get(readme.sha)
  return size !== undefined && size > README_LIMIT ? null : readme.sha
}

function readmeWords(name: string, content: Buffer | undefined, notes: string[]): number | null {
  if (content === undefined) {
    notes.push(`readme_length unknown: the remote could not serve ${name}`)
    return null
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(content)
  } catch {
    notes.push(`readme_length unknown: ${name} is not UTF-8`)
    return null
  }
  try {
    return readmeLength(text)
  } catch (error) {
    if (!(error instanceof PythonMarkdownFailure)) throw error
    notes.push(`readme_length unknown: ${name} cannot be rendered (${error.message})`)
    return null
  }
}

/** The figures; `contents` (awaited after the log is read) holds the blob `readmeToRead` named, read by the caller. */
export async function readRepoFigures(
  mirror: string,
  commit: string,
  entries: TreeEntry[],
  {lost, sizes}: TreeBlobs,
  contents: Promise<ReadonlyMap<string, Buffer>>
): Promise<ReadFigures> {
  const notes: string[] = []
  const blobs = entries.filter((entry) => entry.type === 'blob')
  const size = repoSize(entries, sizes)
  if (size === null) {
    const missing = blobs.filter((entry) => !sizes.has(entry.sha)).length
    notes.push(`repo_size unknown: the remote could not serve ${missing} of the ${blobs.length} files (${lost.reason})`)
  }
  let fromCommits: Partial<RepoFigures> = {}
  try {
    const mailmap = entries.find((entry) => entry.path === '.mailmap' && entry.type === 'blob')
    const mailmapLost = mailmap !== undefined && lost.unavailable.has(mailmap.sha)
    if (mailmapLost) notes.push('contributors counted without the .mailmap: the remote could not serve it')
    fromCommits = commitFigures(await commitLog(mirror, commit, {mailmap: !mailmapLost}))
    if (fromCommits.latest_commit === null) notes.push('latest_commit unknown: its author date is out of range')
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error
    notes.push(`commit figures unknown: ${error.message}`)
  }
  const readme = rootReadme(entries)
  let readme_length: number | null = 0
  if (readme !== null) {
    if (lost.unavailable.has(readme.sha)) {
      notes.push(`readme_length unknown: the remote could not serve ${readme.path}`)
      readme_length = null
    } else if ((sizes.get(readme.sha) ?? 0) > README_LIMIT) {
      notes.push(`readme_length unknown: ${readme.path} is over 1 MiB`)
      readme_length = null
    } else readme_length = readmeWords(readme.path, (await contents).get(readme.sha), notes)
  }
  return {figures: {...NO_FIGURES, ...fromCommits, ...treeFigures(entries), repo_size: size, readme_length}, notes}
}
