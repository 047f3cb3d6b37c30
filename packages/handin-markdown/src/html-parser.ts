/**
 * Python 3.11's `html.parser.HTMLParser` (and the part of `_markupbase` it
 * uses), ported for Python-Markdown's HTML block extractor, with the
 * expressions Python-Markdown patches into its private copy of the module:
 * `?>` closes a processing instruction, an entity needs its `;`, and a
 * backtick never belongs to a tag. `convert_charrefs` is off, as there.
 *
 * Derived from CPython's Lib/html/parser.py and Lib/_markupbase.py,
 * Copyright (c) 2001-2023 Python Software Foundation, PSF License Version 2.
 */

import {PythonMarkdownFailure} from './failure.js'
import {SPACE} from './python-text.js'

const S = `[${SPACE}]`
const interestingNormal = /[&<]/gu
const entityRef = /&([a-zA-Z][-.a-zA-Z0-9]*);/y
// No `u` flag: the character that ends the reference is one UTF-16 unit, as the `k - 1` below assumes.
const charRef = /&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]/y
const startTagOpen = /<[a-zA-Z]/y
/** Python-Markdown 3.10's: `</>` is sent to `parse_starttag` too, which keeps it as text. */
export const startTagOpenOrEmptyEndTag = /<[a-zA-Z]|<\/>/y
const piClose = /\?>/g
const commentClose = new RegExp(`--${S}*>`, 'gu')
const tagFindTolerant = new RegExp(`([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:${S}|/(?!>))*`, 'uy')
const attrFindTolerant = new RegExp(
  `((?<=['"${SPACE}/])[^${SPACE}/>][^${SPACE}/=>]*)(${S}*=+${S}*('[^']*'|"[^"]*"|(?!['"])[^>${SPACE}]*))?(?:${S}|/(?!>))*`,
  'uy'
)
const locateStartTagEndTolerant = new RegExp(
  `<[a-zA-Z][^\`\\t\\n\\r\\f />\\x00]*` +
    `(?:[${SPACE}/]*` +
    `(?:(?<=['"${SPACE}/])[^\`${SPACE}/>][^${SPACE}/=>]*` +
    `(?:${S}*=+${S}*(?:'[^']*'|"[^"]*"|(?!['"])[^\`>${SPACE}]*)(?:${S}*,)*)?(?:${S}|/(?!>))*` +
    ')*)?' +
    `${S}*`,
  'uy'
)
export const endEndTag = />/g
const endTagFind = new RegExp(`</${S}*([a-zA-Z][-.a-zA-Z0-9:_]*)${S}*>`, 'uy')
const declName = new RegExp(`[a-zA-Z][-_.a-zA-Z0-9]*${S}*`, 'uy')
const markedSectionClose = new RegExp(`\\]${S}*\\]${S}*>`, 'gu')
const msMarkedSectionClose = new RegExp(`\\]${S}*>`, 'gu')

/** `pattern.match(text, at)`: anchored at `at`. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

/** `pattern.search(text, from)`. */
export function searchFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from
  return pattern.exec(text)
}

/** How many code points `text.slice(start, end)` has: Python's length of it. */
export function codePoints(text: string, start: number, end: number): number {
  let points = 0
  for (let at = start; at < end; at++) {
    const unit = text.charCodeAt(at)
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < end) {
      const next = text.charCodeAt(at + 1)
      if (next >= 0xdc00 && next <= 0xdfff) at++
    }
    points++
  }
  return points
}

/** The index `points` code points after `start` (clamped to the end): Python's `start + points`. */
export function advanceCodePoints(text: string, start: number, points: number): number {
  let at = start
  for (let left = points; left > 0 && at < text.length; left--) {
    const unit = text.charCodeAt(at)
    at += unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1
  }
  return at
}

function count(text: string, char: string, start: number, end: number): number {
  let found = 0
  for (let at = text.indexOf(char, start); at !== -1 && at < end; at = text.indexOf(char, at + 1)) found++
  return found
}

/**
 * A marked section (`<![x …`) Python's parser stops on with an
 * AssertionError, which Python-Markdown 3.7 lets through: no page at all.
 */
export class UnsupportedMarkup extends PythonMarkdownFailure {
  override name = 'UnsupportedMarkup'

  constructor(problem: string) {
    super(
      `Python's HTML parser stops with an error on this text (${problem}), so Python-Markdown makes no page. Write "<![" as "&lt;![" or put it in a code span.`
    )
  }
}

export abstract class PythonHtmlParser {
  static readonly CDATA_CONTENT_ELEMENTS = ['script', 'style']
  rawdata = ''
  lasttag = '???'
  interesting: RegExp = interestingNormal
  /** `starttagopen`, which Python-Markdown 3.10 patches. */
  protected startTagOpen: RegExp = startTagOpen
  cdataElem: string | null = null
  lineno = 1
  /**
   * The column, in code points as Python counts. Python-Markdown adds it to
   * the start of a line in `rawdata` even after `rawdata` has been cut at the
   * front (then it points elsewhere, and the graders' page shows that), so it
   * is turned into an index only where it is used.
   */
  offset = 0

  feed(data: string): void {
    this.rawdata += data
    this.goahead(false)
  }

  close(): void {
    this.goahead(true)
  }

  setCdataMode(elem: string): void {
    this.cdataElem = elem.toLowerCase()
    this.interesting = new RegExp(`</${S}*${this.cdataElem}${S}*>`, 'giu')
  }

  clearCdataMode(): void {
    this.interesting = interestingNormal
    this.cdataElem = null
  }

  updatepos(i: number, j: number): number {
    if (i >= j) return j
    const lines = count(this.rawdata, '\n', i, j)
    if (lines) {
      this.lineno += lines
      this.offset = codePoints(this.rawdata, this.rawdata.lastIndexOf('\n', j - 1) + 1, j)
    } else {
      this.offset += codePoints(this.rawdata, i, j)
    }
    return j
  }

  protected goahead(end: boolean): void {
    const rawdata = this.rawdata
    let i = 0
    const n = rawdata.length
    while (i < n) {
      let j: number
      const match = searchFrom(this.interesting, rawdata, i)
      if (match) j = match.index
      else {
        if (this.cdataElem) break
        j = n
      }
      if (i < j) this.handleData(rawdata.slice(i, j))
      i = this.updatepos(i, j)
      if (i === n) break
      if (rawdata.startsWith('<', i)) {
        let k: number
        if (matchAt(this.startTagOpen, rawdata, i)) k = this.parseStarttag(i)
        else if (rawdata.startsWith('</', i)) k = this.parseEndtag(i)
        else if (rawdata.startsWith('<!--', i)) k = this.parseComment(i)
        else if (rawdata.startsWith('<?', i)) k = this.parsePi(i)
        else if (rawdata.startsWith('<!', i)) k = this.parseHtmlDeclaration(i)
        else if (i + 1 < n) {
          this.handleData('<')
          k = i + 1
        } else break
        if (k < 0) {
          if (!end) break
          k = rawdata.indexOf('>', i + 1)
          if (k < 0) {
            k = rawdata.indexOf('<', i + 1)
            if (k < 0) k = i + 1
          } else k += 1
          this.handleData(rawdata.slice(i, k))
        }
        i = this.updatepos(i, k)
      } else if (rawdata.startsWith('&#', i)) {
        const reference = matchAt(charRef, rawdata, i)
        if (reference) {
          this.handleCharref(reference[0].slice(2, -1))
          let k = i + reference[0].length
          if (rawdata[k - 1] !== ';') k -= 1
          i = this.updatepos(i, k)
          continue
        }
        if (rawdata.indexOf(';', i) !== -1) {
          this.handleData(rawdata.slice(i, i + 2))
          i = this.updatepos(i, i + 2)
        }
        break
      } else if (rawdata.startsWith('&', i)) {
        const reference = matchAt(entityRef, rawdata, i)
        if (reference) {
          this.handleEntityref(reference[1]!)
          let k = i + reference[0].length
          if (rawdata[k - 1] !== ';') k -= 1
          i = this.updatepos(i, k)
          continue
        }
        // Python's `incomplete` check never matches here: Python-Markdown makes it `entityref`.
        if (i + 1 < n) {
          this.handleData('&')
          i = this.updatepos(i, i + 1)
        } else break
      } else {
        throw new Error('interesting.search() lied')
      }
    }
    if (end && i < n && !this.cdataElem) {
      this.handleData(rawdata.slice(i, n))
      i = this.updatepos(i, n)
    }
    this.rawdata = rawdata.slice(i)
  }

  protected parseHtmlDeclaration(i: number): number {
    const rawdata = this.rawdata
    if (rawdata.startsWith('<!--', i)) return this.parseComment(i)
    if (rawdata.startsWith('<![', i)) return this.parseMarkedSection(i)
    if (rawdata.slice(i, i + 9).toLowerCase() === '<!doctype') {
      const gtpos = rawdata.indexOf('>', i + 9)
      if (gtpos === -1) return -1
      this.handleDecl(rawdata.slice(i + 2, gtpos))
      return gtpos + 1
    }
    return this.parseBogusComment(i)
  }

  protected parseBogusComment(i: number, report = true): number {
    const rawdata = this.rawdata
    const pos = rawdata.indexOf('>', i + 2)
    if (pos === -1) return -1
    if (report) this.handleComment(rawdata.slice(i + 2, pos))
    return pos + 1
  }

  protected parsePi(i: number): number {
    const rawdata = this.rawdata
    const match = searchFrom(piClose, rawdata, i + 2)
    if (!match) return -1
    this.handlePi(rawdata.slice(i + 2, match.index))
    return match.index + match[0].length
  }

  /** Where the start tag beginning at `i` ends, -1 when it may go on past the data. */
  protected checkForWholeStartTag(i: number): number {
    const rawdata = this.rawdata
    const match = matchAt(locateStartTagEndTolerant, rawdata, i)
    if (!match) throw new Error('we should not get here!')
    const j = i + match[0].length
    const next = rawdata.slice(j, j + 1)
    if (next === '>') return j + 1
    if (next === '/') {
      if (rawdata.startsWith('/>', j)) return j + 2
      if (rawdata.startsWith('/', j)) return -1
    }
    if (next === '') return -1
    if (/^[a-zA-Z=/]$/.test(next)) return -1
    return j > i ? j : i + 1
  }

  /** The tag name and where its attributes end (the caller checks that only `>` or `/>` follows). */
  protected scanStarttag(i: number, endpos: number): {tag: string; k: number} {
    const rawdata = this.rawdata
    const name = matchAt(tagFindTolerant, rawdata, i + 1)
    if (!name) throw new Error('unexpected call to parse_starttag()')
    let k = i + 1 + name[0].length
    const tag = name[1]!.toLowerCase()
    this.lasttag = tag
    while (k < endpos) {
      const attribute = matchAt(attrFindTolerant, rawdata, k)
      if (!attribute) break
      k += attribute[0].length
    }
    return {tag, k}
  }

  protected parseEndtag(i: number): number {
    const rawdata = this.rawdata
    const close = searchFrom(endEndTag, rawdata, i + 1)
    if (!close) return -1
    let gtpos = close.index + 1
    const match = matchAt(endTagFind, rawdata, i)
    if (!match) {
      if (this.cdataElem !== null) {
        this.handleData(rawdata.slice(i, gtpos))
        return gtpos
      }
      const name = matchAt(tagFindTolerant, rawdata, i + 2)
      if (!name) {
        if (rawdata.startsWith('</>', i)) return i + 3
        return this.parseBogusComment(i)
      }
      const tagname = name[1]!.toLowerCase()
      gtpos = rawdata.indexOf('>', i + 2 + name[0].length)
      this.handleEndtag(tagname)
      return gtpos + 1
    }
    const elem = match[1]!.toLowerCase()
    if (this.cdataElem !== null && elem !== this.cdataElem) {
      this.handleData(rawdata.slice(i, gtpos))
      return gtpos
    }
    this.handleEndtag(elem)
    this.clearCdataMode()
    return gtpos
  }

  protected parseComment(i: number, report = true): number {
    const rawdata = this.rawdata
    const match = searchFrom(commentClose, rawdata, i + 4)
    if (!match) return -1
    if (report) this.handleComment(rawdata.slice(i + 4, match.index))
    return match.index + match[0].length
  }

  protected parseMarkedSection(i: number, report = true): number {
    const rawdata = this.rawdata
    const [sectName, j] = this.scanName(i + 3, i)
    if (j < 0) return j
    let match: RegExpExecArray | null
    if (['temp', 'cdata', 'ignore', 'include', 'rcdata'].includes(sectName!)) match = searchFrom(markedSectionClose, rawdata, i + 3)
    else if (['if', 'else', 'endif'].includes(sectName!)) match = searchFrom(msMarkedSectionClose, rawdata, i + 3)
    else throw new UnsupportedMarkup(`unknown status keyword ${JSON.stringify(rawdata.slice(i + 3, j))} in marked section`)
    if (!match) return -1
    if (report) this.unknownDecl(rawdata.slice(i + 3, match.index))
    return match.index + match[0].length
  }

  protected scanName(i: number, declstartpos: number): [string | null, number] {
    const rawdata = this.rawdata
    const n = rawdata.length
    if (i === n) return [null, -1]
    const match = matchAt(declName, rawdata, i)
    if (!match) {
      this.updatepos(declstartpos, i)
      throw new UnsupportedMarkup(`expected name token at ${JSON.stringify(rawdata.slice(declstartpos, declstartpos + 20))}`)
    }
    if (i + match[0].length === n) return [null, -1]
    return [match[0].replace(new RegExp(`${S}+$`, 'u'), '').toLowerCase(), i + match[0].length]
  }

  protected abstract parseStarttag(i: number): number
  abstract handleStarttag(tag: string): void
  abstract handleEndtag(tag: string): void
  abstract handleCharref(name: string): void
  abstract handleEntityref(name: string): void
  abstract handleData(data: string): void
  abstract handleComment(data: string): void
  abstract handleDecl(data: string): void
  abstract handlePi(data: string): void
  abstract unknownDecl(data: string): void
}
