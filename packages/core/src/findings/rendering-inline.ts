/**
 * Inline constructs GitHub renders and the graders' Python-Markdown leaves as
 * text: bare URLs and e-mail addresses (GFM autolink literals) and `~~struck~~`
 * text. Code spans, links, autolinks and HTML tags are masked first, since
 * neither renderer links inside them.
 */

import type {Divergence} from '../finding.js'
import type {Span} from '../report-structure.js'

/**
 * What to blank out before looking for bare URLs and struck text, in one
 * pass: code spans, inline and reference links and images, link
 * definitions, autolinks, HTML tags and comments.
 */
const MASKED = new RegExp(
  [
    /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/,
    /!?\[[^\]\n]*\]\([^)\n]*\)/,
    /!?\[[^\]\n]*\]\[[^\]\n]*\]/,
    /(?<=^|\n) {0,3}\[[^\]\n]+\]:[^\n]*/,
    /<[a-zA-Z][a-zA-Z\d+.-]{1,31}:[^\s<>]*>/,
    /<[^@\s<>]+@[^@\s<>]+>/,
    /<\/?[a-zA-Z][^<>]*>/,
    /<!--[\s\S]*?-->/
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'g'
)

const URL_STARTS = ['http', 'www.']
const URL_AT = /(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:*_~'")\]]/y

/**
 * Bare URLs as GFM links them: `http(s)://` after anything but a letter,
 * `www.` only at the start or after whitespace, `*`, `_`, `~` or `(`.
 * Candidates are found with indexOf; the pattern runs only where one starts.
 */
function bareUrls(text: string): Array<{index: number; url: string}> {
  const found: Array<{index: number; url: string}> = []
  for (let which = 0; which < URL_STARTS.length; which++) {
    const needle = URL_STARTS[which]!
    for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + needle.length)) {
      const before = text[index - 1]
      const allowed = needle === 'http' ? before === undefined || !/[A-Za-z]/.test(before) : before === undefined || /[\s*_~(]/.test(before)
      if (!allowed) continue
      URL_AT.lastIndex = index
      const match = URL_AT.exec(text)
      if (match) found.push({index, url: match[0]})
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

const BARE_EMAIL = /(?<![A-Za-z\d._+-])[A-Za-z\d._+-]+@[A-Za-z\d_-]+(?:\.[A-Za-z\d_-]+)*\.[A-Za-z\d]*[A-Za-z][A-Za-z\d]*(?![A-Za-z\d@-])/g
/** Python-Markdown's `<…@…>` mail link, which GitHub only makes for a well-formed address. */
const ANGLE_MAIL = /<([^<> !]+@[^@<> ]+)>/g
const GITHUB_MAIL = /^[A-Za-z\d.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*$/
const GITHUB_AUTOLINK = /^[a-zA-Z][a-zA-Z\d+.-]{1,31}:/
const TILDES = /~+/g
/** Runs of lines without a blank line between them. */
const PARAGRAPH = /(?:[^\n]|\n(?![ \t]*(?:\n|$)))+/g

function mask(text: string): string {
  return /[`[<]/.test(text) ? text.replace(MASKED, (match) => ' '.repeat(match.length)) : text
}

const whitespace = (char: string | undefined) => char === undefined || /\s/.test(char)
const punctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char)

/** GFM strikethrough: runs of one or two tildes that open and close as emphasis does. */
function struckRanges(paragraph: string): Array<[number, number]> {
  const openers: Array<{index: number; length: number}> = []
  const ranges: Array<[number, number]> = []
  TILDES.lastIndex = 0
  for (let run = TILDES.exec(paragraph); run; run = TILDES.exec(paragraph)) {
    const length = run[0].length
    if (length > 2) continue
    const before = paragraph[run.index - 1]
    const after = paragraph[run.index + length]
    const leftFlanking = !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before))
    const rightFlanking = !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after))
    const opener = openers.findLastIndex((candidate) => candidate.length === length)
    if (rightFlanking && opener !== -1) {
      ranges.push([openers[opener]!.index, run.index + length])
      openers.length = opener
    } else if (leftFlanking) {
      openers.push({index: run.index, length})
    }
  }
  return ranges
}

/** `code`: the answer's code blocks, where neither renderer reads inline markup. */
export function inlineDivergences(text: string, span: Span, code: Span[], mends = true): Divergence[] {
  const found: Divergence[] = []
  const raw = text.slice(span.start, span.end)
  const mayLink = raw.includes('://') || raw.includes('www.')
  const mayMail = raw.includes('@')
  const mayStrike = raw.includes('~')
  if (!mayLink && !mayMail && !mayStrike) return found
  ANGLE_MAIL.lastIndex = 0
  for (let match = mayMail ? ANGLE_MAIL.exec(raw) : null; match; match = ANGLE_MAIL.exec(raw)) {
    const address = match[1]!
    if (GITHUB_MAIL.test(address) || GITHUB_AUTOLINK.test(address) || !outsideCode(code, span.start + match.index)) continue
    const start = span.start + match.index
    found.push({
      start,
      end: start + match[0].length,
      message: `\`${match[0]}\`: the hand-in makes it an e-mail link (it holds an \`@\`), GitHub shows plain text`,
      note: 'Write it in backticks as code, or without the angle brackets.'
    })
  }
  const masked = mask(raw)
  const outside = (index: number) => outsideCode(code, span.start + index)
  const urls = mayLink ? bareUrls(masked) : []
  for (let which = 0; which < urls.length; which++) {
    const {index, url} = urls[which]!
    if (!outside(index)) continue
    const start = span.start + index
    const fix = `<${url.startsWith('www.') ? `https://${url}` : url}>`
    found.push({
      start,
      end: start + url.length,
      message: `Bare URL \`${url}\`: GitHub makes it a link, the hand-in shows plain text`,
      note: `Write it as ${fix} or [text](${url}) to get a link in both.`,
      fix
    })
  }
  BARE_EMAIL.lastIndex = 0
  for (let match = mayMail ? BARE_EMAIL.exec(masked) : null; match; match = BARE_EMAIL.exec(masked)) {
    if (!outside(match.index)) continue
    const start = span.start + match.index
    found.push({
      start,
      end: start + match[0].length,
      message: `Bare e-mail address \`${match[0]}\`: GitHub makes it a link, the hand-in shows plain text`,
      note: `Write it as <${match[0]}> to get a link in both, or leave it as text.`,
      fix: `<${match[0]}>`
    })
  }
  PARAGRAPH.lastIndex = 0
  for (let paragraph = mayStrike ? PARAGRAPH.exec(masked) : null; paragraph; paragraph = PARAGRAPH.exec(masked)) {
    if (!outside(paragraph.index)) continue
    const ranges = struckRanges(paragraph[0])
    for (let which = 0; which < ranges.length; which++) {
      const range = ranges[which]!
      found.push({
        start: span.start + paragraph.index + range[0],
        end: span.start + paragraph.index + range[1],
        message: 'Struck-through text: GitHub strikes it, the hand-in shows the tildes',
        note: 'Delete the text instead, or write it as <del>text</del>, which both strike.',
        ...(mends ? {fix: strikeAsHtml(raw.slice(paragraph.index + range[0], paragraph.index + range[1]))} : {})
      })
    }
  }
  return found
}

/** `~~old text~~` → `<del>old text</del>`: each word stays one word, and both renderers strike it. */
function strikeAsHtml(struck: string): string {
  const tildes = /^~+/.exec(struck)![0].length
  return `<del>${struck.slice(tildes, struck.length - tildes)}</del>`
}

function outsideCode(code: Span[], offset: number): boolean {
  return !code.some((block) => offset >= block.start && offset <= block.end)
}
