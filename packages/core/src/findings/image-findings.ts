/**
 * Images as the graders will meet them: files that are missing (names are
 * case-sensitive on their Linux machines), of the wrong type, outside the
 * report's folder or remote; and images that render but are not counted.
 */

import type {Draft} from '../finding.js'
import type {Span} from '../report-structure.js'
import {rules} from '../rules.js'

export interface ImageReference {
  kind: 'inline' | 'html' | 'reference'
  /** The destination as written. */
  source: string
  start: number
  end: number
}

const INLINE_IMAGE = /!\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^\s)\n]*)[^)\n]*\)/g
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi
const REFERENCE_IMAGE = /!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?![([])/g
const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm
const ALLOWED_EXTENSIONS = ['.png', '.jpg', '.jpeg']

function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

export function readDefinitions(text: string): Map<string, string> {
  const definitions = new Map<string, string>()
  for (const match of text.matchAll(DEFINITION)) {
    const key = labelKey(match[1]!)
    if (!definitions.has(key)) definitions.set(key, match[2]!)
  }
  return definitions
}

/** `definitions` is asked for only when the span has a reference-style image. */
export function findImageReferences(text: string, span: Span, definitions: () => Map<string, string>): ImageReference[] {
  const slice = text.slice(span.start, span.end)
  const found: ImageReference[] = []
  if (!slice.includes('![') && !slice.includes('<img') && !slice.includes('<IMG')) return found
  const add = (kind: ImageReference['kind'], source: string, match: RegExpExecArray) => {
    const start = span.start + match.index
    found.push({kind, source, start, end: start + match[0].length})
  }
  INLINE_IMAGE.lastIndex = 0
  for (let match = INLINE_IMAGE.exec(slice); match; match = INLINE_IMAGE.exec(slice)) add('inline', match[1]!, match)
  if (/<img/i.test(slice)) {
    HTML_IMAGE.lastIndex = 0
    for (let match = HTML_IMAGE.exec(slice); match; match = HTML_IMAGE.exec(slice)) add('html', match[1] ?? match[2] ?? match[3] ?? '', match)
  }
  REFERENCE_IMAGE.lastIndex = 0
  for (let match = REFERENCE_IMAGE.exec(slice); match; match = REFERENCE_IMAGE.exec(slice)) {
    const label = match[2] === undefined || match[2] === '' ? match[1]! : match[2]
    const source = definitions().get(labelKey(label))
    if (source !== undefined) add('reference', source, match)
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Where an image's destination (as written in markdown, or an `<img src>`)
 * points, decided once for the checker, the pages, the site and the editor's
 * preview: `from` the report's folder, or from the repository's root (`/…`,
 * as GitHub shows it); `path` with `/`, its query and fragment gone,
 * percent-decoded, `.` dropped and `..` resolved where it can be (a leading
 * `..` stays: it leads out of the folder).
 */
export type ImageLocation = {problem: 'remote' | 'empty'} | {from: 'report' | 'repository'; path: string}

export function locateImage(source: string): ImageLocation {
  let path = source.replace(/^<|>$/g, '').trim()
  if (path === '') return {problem: 'empty'}
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return {problem: 'remote'}
  path = path.replace(/[?#].*$/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    // A stray `%` is taken literally, as a browser would.
  }
  const from = path.startsWith('/') || path.startsWith('\\') ? 'repository' : 'report'
  const parts: string[] = []
  const segments = path.split(/[\\/]/)
  for (let index = 0; index < segments.length; index++) {
    const part = segments[index]!
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop()
    else if (part !== '..' || from === 'report') parts.push(part)
  }
  return {from, path: parts.join('/')}
}

/** The destination as a path relative to the report's folder, or why it is not one. */
export function resolveImagePath(source: string): {path: string} | {problem: 'remote' | 'outside' | 'empty'} {
  const location = locateImage(source)
  if ('problem' in location) return location
  if (location.from === 'repository' || location.path === '..' || location.path.startsWith('../')) return {problem: 'outside'}
  return {path: location.path}
}

function imageDraft(reference: ImageReference, question: number, ruleId: Draft['ruleId'], message: string, note: string, fix?: string): Draft {
  const draft: Draft = {ruleId, severity: rules[ruleId].severity, official: false, question, start: reference.start, end: reference.end, message, note}
  if (fix !== undefined) draft.fix = fix
  return draft
}

/** A file beside the report that is a symbolic link to something outside the report's folder. */
export interface LinkOutside {
  /** Its path as it is on disk. */
  linkOutside: string
}

/**
 * Finds a file beside the report: its path as it is on disk (the same path,
 * or one that differs only in letter case), null when there is none, or a
 * `LinkOutside` when it leads out of the report's folder.
 */
export type FileLookup = (path: string) => string | null | LinkOutside

/** A file the graders will not receive although it is on disk: it is not in the repository. */
export interface UncommittedFile {
  /** Its path from the repository's root, as `git add` takes it. */
  repositoryPath: string
  /** The ignore rule that hides it (e.g. `.gitignore:3: *.png`), or null when it is only not added. */
  ignoredBy: string | null
}

/** Asked about an image path that `files` does not have; null when it is not on disk either. */
export type UncommittedLookup = (path: string) => UncommittedFile | null

function uncommittedDraft(reference: ImageReference, question: number, path: string, file: UncommittedFile): Draft {
  const draft = file.ignoredBy
    ? imageDraft(
        reference,
        question,
        'image-uncommitted',
        `Image \`${path}\` is on disk but ignored by git (${file.ignoredBy}): the graders clone the repository and will not have it`,
        `Add it with \`git add -f ${file.repositoryPath}\`, or change that ignore rule.`
      )
    : imageDraft(
        reference,
        question,
        'image-uncommitted',
        `Image \`${path}\` is on disk but not committed: the graders clone the repository and will not have it`,
        `Run \`git add ${file.repositoryPath}\`.`
      )
  draft.actual = file.ignoredBy ? 'ignored' : 'untracked'
  draft.expected = 'committed'
  return draft
}

/**
 * `files` is null when there is nothing to look files up in; `written` is the
 * reference's text as in the report, for a replacement that mends it.
 */
export function imageFindings(
  reference: ImageReference,
  question: number,
  files: FileLookup | null,
  written = '',
  uncommitted: UncommittedLookup | null = null
): Draft[] {
  const drafts: Draft[] = []
  if (reference.kind === 'html') {
    drafts.push(
      imageDraft(
        reference,
        question,
        'image-not-counted',
        'This `<img>` tag renders, but the course checker does not count it as an image',
        'Write it as `![description](figures/name.png)` on one line if it should count.'
      )
    )
  } else if (reference.kind === 'reference') {
    drafts.push(
      imageDraft(
        reference,
        question,
        'image-not-counted',
        'This reference-style image renders, but the course checker does not count it as an image',
        'Write it inline as `![description](figures/name.png)` if it should count.'
      )
    )
  }
  const resolved = resolveImagePath(reference.source)
  const shown = reference.source.replace(/^<|>$/g, '')
  if ('problem' in resolved) {
    const messages = {
      remote: [
        `Image \`${shown}\` is loaded from outside the repository: it may not show in the graders' hand-in`,
        'Save the image under `figures/` next to the report and link it as `figures/name.png`.'
      ],
      outside: [
        `Image \`${shown}\` lies outside the report's folder: graders only receive the \`reports\` folder`,
        'Move the image into `figures/` next to the report.'
      ],
      empty: ['Image without a file', 'Give the image a path such as `figures/name.png`.']
    } as const
    const [message, note] = messages[resolved.problem]
    drafts.push(imageDraft(reference, question, 'image-file', message, note))
    return drafts
  }
  const {path} = resolved
  const extension = path.slice(path.lastIndexOf('.')).toLowerCase()
  if (!path.includes('.') || !ALLOWED_EXTENSIONS.includes(extension)) {
    drafts.push(
      imageDraft(
        reference,
        question,
        'image-file',
        `Image \`${path}\` is not a .png, .jpg or .jpeg file`,
        'The template asks for .png, .jpg or .jpeg images in `figures/`.'
      )
    )
  }
  const found = files ? files(path) : path
  if (found !== null && typeof found === 'object') {
    drafts.push(
      imageDraft(
        reference,
        question,
        'image-file',
        `Image \`${path}\` is a link to a file outside the report's folder: it is not published with the report`,
        'Copy the file into `figures/` instead of linking to it.'
      )
    )
    return drafts
  }
  const other = found
  const stray = other === null && uncommitted ? uncommitted(path) : null
  if (stray) {
    drafts.push(uncommittedDraft(reference, question, path, stray))
  } else if (other !== path) {
    drafts.push(
      other
        ? imageDraft(
            reference,
            question,
            'image-file',
            `Image \`${path}\` does not exist; the file is named \`${other}\``,
            "File names are case-sensitive on the graders' Linux machines: make the link match the file name exactly.",
            written.includes(reference.source) && reference.kind !== 'reference' ? written.replace(reference.source, other) : undefined
          )
        : imageDraft(
            reference,
            question,
            'image-file',
            `Image \`${path}\` does not exist next to the report`,
            "Add the file (and commit it), or fix the path: it is relative to the report's folder."
          )
    )
  }
  return drafts
}

/** A lookup over a list of paths relative to the report's folder. */
export function lookupInList(files: readonly string[]): FileLookup {
  const exact = new Set<string>()
  const folded = new Map<string, string>()
  for (const file of files) {
    const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '')
    exact.add(normalized)
    folded.set(normalized.toLowerCase(), normalized)
  }
  return (path) => (exact.has(path) ? path : (folded.get(path.toLowerCase()) ?? null))
}
