/**
 * Python-Markdown's `HTMLExtractor` (htmlparser.py), in the chosen release:
 * takes raw HTML blocks out of the text into the stash and leaves
 * placeholders, the first step of its rendering. Its quirks are kept, since
 * the graders' page has them.
 */

import {type Dialect, isBlockLevel} from './dialect.js'
import {PythonMarkdownFailure} from './failure.js'
import type {HtmlStash} from './html-stash.js'
import {advanceCodePoints, codePoints, endEndTag, PythonHtmlParser, searchFrom, startTagOpenOrEmptyEndTag} from './html-parser.js'
import {strip} from './python-text.js'

const blankLine = /^(?: *\n){2}/
/** Python-Markdown 3.10's own comment close. */
const plainCommentClose = /--!?>/g

/**
 * A `-- >` comment close makes Debian's Python-Markdown restart parsing near
 * the start of its input; after a comment anywhere but at the start it never
 * finishes. Past this many restarts we stop and say so.
 */
const RESTART_LIMIT = 100

export class PythonMarkdownHangs extends PythonMarkdownFailure {
  override name = 'PythonMarkdownHangs'

  constructor(dialect: Dialect) {
    super(
      `${dialect.name} never finishes on this text: an HTML comment closed with "-- >" (a space or line break before ">") after the start makes it parse the same text again and again. Close the comment with "-->".`
    )
  }
}

export class HtmlExtractor extends PythonHtmlParser {
  inraw = false
  intail = false
  stack: string[] = []
  cache: string[] = []
  readonly cleandoc: string[] = []
  private overrideCommentUpdate = false
  private restarts = 0
  private starttagText: string | null = null
  private newlinesOf: string | null = null
  private newlines: number[] = []
  /** `lineno_start_cache` (3.5 on): line starts in code points, of whichever text was there when each was found. */
  private readonly lineStarts: number[] = [0]

  constructor(
    private readonly stash: HtmlStash,
    private readonly dialect: Dialect
  ) {
    super()
    if (dialect.endTagNeedsLetter) this.startTagOpen = startTagOpenOrEmptyEndTag
  }

  override close(): void {
    super.close()
    if (this.rawdata.length) this.handleData(this.rawdata)
    if (this.cache.length) {
      this.cleandoc.push(this.stash.store(this.cache.join('')))
      this.cache = []
    }
  }

  /** Index in `rawdata` of the start of the current line, as Python-Markdown computes it. */
  get lineOffset(): number {
    if (this.dialect.lineStartCache) return this.cachedLineOffset()
    if (this.lineno <= 1 || !this.rawdata.includes('\n')) return 0
    if (this.newlinesOf !== this.rawdata) {
      this.newlinesOf = this.rawdata
      this.newlines = []
      for (let at = this.rawdata.indexOf('\n'); at !== -1; at = this.rawdata.indexOf('\n', at + 1)) this.newlines.push(at)
    }
    const newline = this.newlines[this.lineno - 2]
    return newline === undefined ? this.rawdata.lastIndexOf('\n') : newline + 1
  }

  /**
   * `line_offset` from 3.5 on. The cache is not cleared when the parser's
   * first pass leaves only the rest of the text, so later lines are looked
   * for from a start found in the whole text, as there.
   */
  private cachedLineOffset(): number {
    const rawdata = this.rawdata
    const astral = /[\ud800-\udbff]/.test(rawdata)
    const toIndex = (points: number): number => (astral ? advanceCodePoints(rawdata, 0, points) : Math.min(points, rawdata.length))
    for (let line = this.lineStarts.length - 1; line < this.lineno - 1; line++) {
      const newline = rawdata.indexOf('\n', toIndex(this.lineStarts[line]!))
      const found = newline === -1 ? rawdata.length : newline
      this.lineStarts.push((astral ? codePoints(rawdata, 0, found) : found) + 1)
    }
    return toIndex(this.lineStarts[this.lineno - 1]!)
  }

  /** `line_offset + offset + points` as an index into `rawdata`. */
  private position(points = 0): number {
    return advanceCodePoints(this.rawdata, this.lineOffset, this.offset + points)
  }

  /** At the start of a line, allowing three spaces before. */
  atLineStart(): boolean {
    if (this.offset === 0) return true
    if (this.offset > 3) return false
    return strip(this.rawdata.slice(this.lineOffset, this.position())) === ''
  }

  private endtagText(tag: string): string {
    const start = this.position()
    const match = searchFrom(endEndTag, this.rawdata, start)
    return match ? this.rawdata.slice(start, match.index + 1) : `</${tag}>`
  }

  private followedByBlankLine(text: string): boolean {
    return blankLine.test(this.rawdata.slice(this.position(codePoints(text, 0, text.length))))
  }

  handleStarttag(tag: string): void {
    if (tag === 'hr') {
      this.handleStartendtag(tag)
      return
    }
    if (isBlockLevel(tag, this.dialect) && (this.intail || (this.atLineStart() && !this.inraw))) {
      this.inraw = true
      this.cleandoc.push('\n')
    }
    const text = this.starttagText ?? ''
    if (this.inraw) {
      this.stack.push(tag)
      this.cache.push(text)
    } else {
      this.cleandoc.push(text)
      if (PythonHtmlParser.CDATA_CONTENT_ELEMENTS.includes(tag)) this.clearCdataMode()
    }
  }

  handleEndtag(tag: string): void {
    const text = this.endtagText(tag)
    if (!this.inraw) {
      this.cleandoc.push(text)
      return
    }
    this.cache.push(text)
    if (this.stack.includes(tag)) {
      while (this.stack.length) if (this.stack.pop() === tag) break
    }
    if (this.stack.length === 0) {
      if (this.followedByBlankLine(text)) this.cache.push('\n')
      else this.intail = true
      this.inraw = false
      this.cleandoc.push(this.stash.store(this.cache.join('')))
      this.cleandoc.push('\n\n')
      this.cache = []
    }
  }

  handleData(data: string): void {
    if (this.intail && data.includes('\n')) this.intail = false
    if (this.inraw) this.cache.push(data)
    else this.cleandoc.push(data)
  }

  private handleEmptyTag(data: string, isBlock: boolean): void {
    if (this.inraw || this.intail) {
      this.cache.push(data)
    } else if (this.atLineStart() && isBlock) {
      let html = data
      if (this.followedByBlankLine(data)) html += '\n'
      else this.intail = true
      const item = this.cleandoc[this.cleandoc.length - 1] ?? ''
      if (!item.endsWith('\n\n') && item.endsWith('\n')) this.cleandoc.push('\n')
      this.cleandoc.push(this.stash.store(html))
      this.cleandoc.push('\n\n')
    } else {
      this.cleandoc.push(data)
    }
  }

  private handleStartendtag(tag: string): void {
    this.handleEmptyTag(this.starttagText ?? '', isBlockLevel(tag, this.dialect))
  }

  handleCharref(name: string): void {
    this.handleEmptyTag(`&#${name};`, false)
  }

  handleEntityref(name: string): void {
    this.handleEmptyTag(`&${name};`, false)
  }

  handleComment(data: string): void {
    if (this.dialect.commentRestarts && !this.closedPlainly(data)) {
      this.handleData('<')
      this.overrideCommentUpdate = true
      return
    }
    this.handleEmptyTag(`<!--${data}-->`, true)
  }

  /** Debian's check: whether `-->` follows the comment's text where the parser's position says it is. */
  private closedPlainly(data: string): boolean {
    const i = this.position(codePoints(data, 0, data.length) + 4)
    return this.rawdata.slice(i, advanceCodePoints(this.rawdata, i, 3)) === '-->'
  }

  override updatepos(i: number, j: number): number {
    if (this.overrideCommentUpdate) {
      this.overrideCommentUpdate = false
      if (i !== 0 && ++this.restarts > RESTART_LIMIT) throw new PythonMarkdownHangs(this.dialect)
      return super.updatepos(0, advanceCodePoints(this.rawdata, 0, 1))
    }
    return super.updatepos(i, j)
  }

  handleDecl(data: string): void {
    this.handleEmptyTag(`<!${data}>`, true)
  }

  handlePi(data: string): void {
    this.handleEmptyTag(`<?${data}?>`, true)
  }

  unknownDecl(data: string): void {
    this.handleEmptyTag(`<![${data}${data.startsWith('CDATA[') ? ']]>' : ']>'}`, true)
  }

  protected override parsePi(i: number): number {
    if (this.atLineStart() || this.intail) return super.parsePi(i)
    this.handleData('<?')
    return i + 2
  }

  protected override parseHtmlDeclaration(i: number): number {
    if (this.atLineStart() || this.intail) {
      if (this.dialect.markedSectionAsBogusComment && this.rawdata.startsWith('<![', i) && !this.rawdata.startsWith('<![CDATA[', i)) {
        const result = this.parseBogusComment(i)
        if (result === -1) {
          this.handleData(this.rawdata.slice(i, i + 1))
          return i + 1
        }
        return result
      }
      return super.parseHtmlDeclaration(i)
    }
    this.handleData('<!')
    return i + 2
  }

  protected override parseBogusComment(i: number, report = false): number {
    const pos = super.parseBogusComment(i, report)
    if (pos === -1) return -1
    this.handleEmptyTag(this.rawdata.slice(i, pos), false)
    return pos
  }

  /** 3.10's comment: closed by `-->` or `--!>` only, text from its `<` where it never is. */
  protected override parseComment(i: number, report = true): number {
    if (!this.dialect.commentNeedsPlainClose) return super.parseComment(i, report)
    const match = searchFrom(plainCommentClose, this.rawdata, i + 4)
    if (!match) {
      this.handleData('<')
      return i + 1
    }
    if (report) this.handleComment(this.rawdata.slice(i + 4, match.index))
    return match.index + match[0].length
  }

  /** 3.10's `_HTMLParser.parse_endtag`: `</` and no letter after it is text. */
  protected override parseEndtag(i: number): number {
    if (this.dialect.endTagNeedsLetter && !/^[a-zA-Z]$/.test(this.rawdata.charAt(i + 2))) {
      this.handleData(this.rawdata.slice(i, i + 2))
      return i + 2
    }
    return super.parseEndtag(i)
  }

  protected parseStarttag(i: number): number {
    if (this.dialect.endTagNeedsLetter && this.rawdata.startsWith('</>', i)) {
      this.handleData('</>')
      return i + 3
    }
    this.starttagText = null
    const endpos = this.checkForWholeStartTag(i)
    if (endpos < 0) {
      if (!this.dialect.unfinishedStartTagAsText) return endpos
      this.handleData(this.rawdata.slice(i, i + 1))
      return i + 1
    }
    this.starttagText = this.rawdata.slice(i, endpos)
    const {tag, k} = this.scanStarttag(i, endpos)
    const end = strip(this.rawdata.slice(k, endpos))
    if (end !== '>' && end !== '/>') {
      this.handleData(this.rawdata.slice(i, endpos))
      return endpos
    }
    if (end.endsWith('/>')) {
      this.handleStartendtag(tag)
    } else {
      if (PythonHtmlParser.CDATA_CONTENT_ELEMENTS.includes(tag)) this.setCdataMode(tag)
      this.handleStarttag(tag)
    }
    return endpos
  }
}
