/**
 * Whether a path from a group's tree may be written below the group's
 * folder. A repository's tree is the students' to make, and one made by
 * hand (`git mktree`, a remote that serves it) can name `..`, an absolute
 * path or `.git`, which git itself would never check out.
 */

import {isAbsolute, join, relative} from 'node:path'

/** A segment git's own checkout refuses (its verify_path), or one this platform would read as more than a name. */
function isRefusedSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return true
  if (segment.toLowerCase() === '.git') return true
  return segment.includes('\\') || segment.includes('\0') || (process.platform === 'win32' && /[:<>"|?*]/.test(segment))
}

/** Where `path` (with `/`) goes below `folder`, or null when it would not stay inside. */
export function targetInside(folder: string, path: string): string | null {
  const segments = path.split('/')
  if (segments.some(isRefusedSegment)) return null
  const target = join(folder, ...segments)
  const inside = relative(folder, target)
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : target
}
