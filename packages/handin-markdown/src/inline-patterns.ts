/**
 * Python-Markdown's inline patterns (inlinepatterns.py), in its order:
 * code spans, escapes, links and images (inline and by reference),
 * autolinks, line breaks, raw HTML and entities, then emphasis.
 */

import type {References} from './block-parser.js'
import type {Dialect} from './dialect.js'
import {Element} from './element.js'
import {escapeCode} from './escape.js'
import {CODEPOINT_TO_ENTITY} from './html4-entities.js'
import {AMP_SUBSTITUTE, ETX, type HtmlStash, STX} from './html-stash.js'
import {SPACE, strip, WORD} from './python-text.js'
import {unescapeText} from './tree-processors.js'

/** What a pattern made: a node (or text standing in for one), and the part of the text it replaces. */
export type InlineNode = Element | string
export type InlineResult = [node: InlineNode | null, start: number | null, end: number | null]

/** What patterns read from the document being rendered. */
export interface InlineContext {
  references: References
  htmlStash: HtmlStash
  /** `Pattern.unescape`: placeholders back to their text. */
  unescape(text: string): string
  /** `HtmlInlineProcessor.unescape`: placeholders back to their HTML. */
  unescapeHtml(text: string): string
}

export interface InlinePattern {
  readonly name: string
  /** Searched with `lastIndex` (flags `g`, `s`, `u`). */
  readonly regex: RegExp
  handle(match: RegExpExecArray, data: string, context: InlineContext): InlineResult
}

const ESCAPED_CHARS = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '>', '#', '+', '-', '.', '!'])
const NOT_WORD_BEFORE = `(?<![${WORD}])`
const NOT_WORD_AFTER = `(?![${WORD}])`

function end(match: RegExpExecArray): number {
  return match.index + match[0].length
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

const backtick: InlinePattern = {
  name: 'backtick',
  regex: /(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`))/gsu,
  handle(match) {
    if (match[3]) {
      const code = new Element('code')
      code.setText(escapeCode(strip(match[3])), true)
      return [code, match.index, end(match)]
    }
    return [match[1]!.replaceAll('\\\\', `${STX}92${ETX}`), match.index, end(match)]
  }
}

const backslashEscape: InlinePattern = {
  name: 'escape',
  regex: /\\(.)/gsu,
  handle(match) {
    const char = match[1]!
    return [ESCAPED_CHARS.has(char) ? `${STX}${char.codePointAt(0)}${ETX}` : null, match.index, end(match)]
  }
}

/** `LinkInlineProcessor.getText`: the bracketed text, nested brackets allowed. */
function bracketText(data: string, index: number): [text: string, index: number, handled: boolean] {
  let depth = 1
  let at = index
  for (let pos = index; pos < data.length; pos++) {
    const char = data[pos]
    if (char === ']') depth--
    else if (char === '[') depth++
    at++
    if (depth === 0) return [data.slice(index, pos), at, true]
  }
  return [data.slice(index), at, false]
}

function dequote(text: string): string {
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))) return text.slice(1, -1)
  return text
}

const LINK_TARGET = new RegExp(`\\([${SPACE}]*(?:(<[^<>]*>)[${SPACE}]*(?:('[^']*'|"[^"]*")[${SPACE}]*)?\\))?`, 'suy')
const TITLE_SPACE = new RegExp(`[${SPACE}]`, 'gu')

/** `LinkInlineProcessor.getLink`: the part between `(` and `)`, with its quirks about quotes and brackets. */
function linkTarget(data: string, start: number, context: InlineContext): [href: string, title: string | null, index: number, handled: boolean] {
  let href = ''
  let title: string | null = null
  let handled = false
  let index = start
  const match = matchAt(LINK_TARGET, data, index)
  if (match?.[1]) {
    href = strip(match[1].slice(1, -1))
    if (match[2]) title = match[2].slice(1, -1)
    index = end(match)
    handled = true
  } else if (match) {
    let bracketCount = 1
    let backtrackCount = 1
    const startIndex = end(match)
    index = startIndex
    let lastBracket = -1
    let quote: string | null = null
    let startQuote = -1
    let exitQuote = -1
    let ignoreMatches = false
    let altQuote: string | null = null
    let startAltQuote = -1
    let exitAltQuote = -1
    let last = ''
    for (let pos = index; pos < data.length; pos++) {
      const c = data[pos]!
      if (c === '(') {
        if (!ignoreMatches) bracketCount++
        else if (backtrackCount > 0) backtrackCount--
      } else if (c === ')') {
        if ((exitQuote !== -1 && quote === last) || (exitAltQuote !== -1 && altQuote === last)) bracketCount = 0
        else if (!ignoreMatches) bracketCount--
        else if (backtrackCount > 0) {
          backtrackCount--
          if (backtrackCount === 0) lastBracket = index + 1
        }
      } else if (c === "'" || c === '"') {
        if (!quote) {
          ignoreMatches = true
          backtrackCount = bracketCount
          bracketCount = 1
          startQuote = index + 1
          quote = c
        } else if (c !== quote && !altQuote) {
          startAltQuote = index + 1
          altQuote = c
        } else if (c === quote) {
          exitQuote = index + 1
        } else if (altQuote && c === altQuote) {
          exitAltQuote = index + 1
        }
      }
      index++
      if (bracketCount === 0) {
        if (exitQuote >= 0 && quote === last) {
          href = data.slice(startIndex, startQuote - 1)
          title = data.slice(startQuote, exitQuote - 1)
        } else if (exitAltQuote >= 0 && altQuote === last) {
          href = data.slice(startIndex, startAltQuote - 1)
          title = data.slice(startAltQuote, exitAltQuote - 1)
        } else {
          href = data.slice(startIndex, index - 1)
        }
        break
      }
      if (c !== ' ') last = c
    }
    if (bracketCount !== 0 && backtrackCount === 0) {
      href = data.slice(startIndex, lastBracket - 1)
      index = lastBracket
      bracketCount = 0
    }
    handled = bracketCount === 0
  }
  if (title !== null) title = dequote(context.unescape(strip(title))).replace(TITLE_SPACE, ' ')
  href = strip(context.unescape(href))
  return [href, title, index, handled]
}

/** The `<a>` or `<img>` a link or image makes: the bracketed text is the link's text, or the image's `alt`. */
function linkElement(tag: 'a' | 'img', href: string, title: string | null, text: string, context: InlineContext): Element {
  const element = new Element(tag)
  element.attributes.set(tag === 'a' ? 'href' : 'src', href)
  if (title !== null) element.attributes.set('title', title)
  if (tag === 'a') element.setText(text)
  else element.attributes.set('alt', context.unescape(text))
  return element
}

function inlineLink(name: string, regex: RegExp, tag: 'a' | 'img'): InlinePattern {
  return {
    name,
    regex,
    handle(match, data, context) {
      const [text, index, textHandled] = bracketText(data, end(match))
      if (!textHandled) return [null, null, null]
      const [href, title, linkEnd, handled] = linkTarget(data, index, context)
      if (!handled) return [null, null, null]
      return [linkElement(tag, href, title, text, context), match.index, linkEnd]
    }
  }
}

const REFERENCE_ID = new RegExp(`[${SPACE}]?\\[([^\\]]*)\\]`, 'suy')
const SPACE_RUN = new RegExp(`[${SPACE}]+`, 'gu')

function referenceLink(name: string, regex: RegExp, tag: 'a' | 'img', short: boolean): InlinePattern {
  return {
    name,
    regex,
    handle(match, data, context) {
      const [text, index, textHandled] = bracketText(data, end(match))
      if (!textHandled) return [null, null, null]
      let id: string
      let idEnd = index
      if (short) id = text.toLowerCase()
      else {
        const idMatch = matchAt(REFERENCE_ID, data, index)
        if (!idMatch) return [null, null, null]
        id = idMatch[1]!.toLowerCase() || text.toLowerCase()
        idEnd = end(idMatch)
      }
      const target = context.references.get(id.replace(SPACE_RUN, ' '))
      if (!target) return [null, match.index, idEnd]
      // A reference's empty title is none (Python-Markdown tests `if title:` here, `is not None` inline).
      return [linkElement(tag, target.href, target.title || null, text, context), match.index, idEnd]
    }
  }
}

const autolink: InlinePattern = {
  name: 'autolink',
  regex: /<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?:\/\/[^<>]*)>/gsu,
  handle(match, _data, context) {
    const link = new Element('a')
    link.attributes.set('href', context.unescape(match[1]!))
    link.setText(match[1]!, true)
    return [link, match.index, end(match)]
  }
}

const automail: InlinePattern = {
  name: 'automail',
  regex: /<([^<> !]+@[^@<> ]+)>/gsu,
  handle(match, _data, context) {
    let email = context.unescape(match[1]!)
    if (email.startsWith('mailto:')) email = email.slice('mailto:'.length)
    const letters = [...email].map((letter) => {
      const code = letter.codePointAt(0)!
      const entity = CODEPOINT_TO_ENTITY.get(code)
      return entity ? `${AMP_SUBSTITUTE}${entity};` : `${AMP_SUBSTITUTE}#${code};`
    })
    const link = new Element('a')
    link.setText(letters.join(''), true)
    link.attributes.set('href', [...`mailto:${email}`].map((letter) => `${AMP_SUBSTITUTE}#${letter.codePointAt(0)};`).join(''))
    return [link, match.index, end(match)]
  }
}

const lineBreak: InlinePattern = {
  name: 'linebreak',
  regex: / {2}\n/gsu,
  handle: (match) => [new Element('br'), match.index, end(match)]
}

/** `HtmlInlineProcessor`: 3.5 on, backslash escapes inside the HTML are undone. */
function rawHtml(name: string, regex: RegExp, dialect: Dialect): InlinePattern {
  const keep = dialect.rawHtmlUnescapesEscapes ? (html: string) => unescapeText(html) : (html: string) => html
  return {
    name,
    regex,
    handle: (match, _data, context) => [context.htmlStash.store(keep(context.unescapeHtml(match[1]!))), match.index, end(match)]
  }
}

function notStrong(dialect: Dialect): InlinePattern {
  return {
    name: 'not_strong',
    regex: dialect.notStrong,
    handle: (match) => [match[1]!, match.index, end(match)]
  }
}

type Builder = 'single' | 'double' | 'double2'
interface EmphasisForm {
  pattern: RegExp
  builder: Builder
  tags: string[]
}

function form(source: string, builder: Builder, tags: string): EmphasisForm {
  return {pattern: new RegExp(source, 'suy'), builder, tags: tags.split(',')}
}

/** `AsteriskProcessor` and `UnderscoreProcessor`: nested strong and emphasis from one run of markers. */
function emphasis(name: string, marker: string, forms: EmphasisForm[]): InlinePattern {
  const markerAt = new RegExp(marker, 'suy')

  function subPatterns(data: string, parent: Element, lastChild: Element | null, formIndex: number): void {
    let last = lastChild
    let offset = 0
    let pos = 0
    const link = (text: string): void => {
      if (!text) return
      if (last) last.tail = text
      else parent.setText(text)
    }
    while (pos < data.length) {
      if (!matchAt(markerAt, data, pos)) {
        pos++
        continue
      }
      let matched = false
      for (let index = formIndex + 1; index < forms.length; index++) {
        const match = matchAt(forms[index]!.pattern, data, pos)
        if (!match) continue
        link(data.slice(offset, match.index))
        const element = build(match, forms[index]!, index)
        parent.append(element)
        last = element
        offset = pos = end(match)
        matched = true
      }
      if (!matched) pos++
    }
    link(data.slice(offset))
  }

  function build(match: RegExpExecArray, {builder, tags}: EmphasisForm, index: number): Element {
    const outer = new Element(tags[0]!)
    if (builder === 'single') {
      subPatterns(match[2]!, outer, null, index)
      return outer
    }
    const inner = new Element(tags[1]!)
    if (builder === 'double') {
      subPatterns(match[2]!, inner, null, index)
      outer.append(inner)
      subPatterns(match[3]!, outer, inner, index)
    } else {
      subPatterns(match[2]!, outer, null, index)
      outer.append(inner)
      subPatterns(match[3]!, inner, null, index)
    }
    return outer
  }

  return {
    name,
    regex: new RegExp(marker, 'gsu'),
    handle(match, data) {
      for (let index = 0; index < forms.length; index++) {
        const found = matchAt(forms[index]!.pattern, data, match.index)
        if (found) return [build(found, forms[index]!, index), found.index, end(found)]
      }
      return [null, null, null]
    }
  }
}

const asterisks = emphasis('em_strong', String.raw`\*`, [
  form(String.raw`(\*)\1{2}(.+?)\1(.*?)\1{2}`, 'double', 'strong,em'),
  form(String.raw`(\*)\1{2}(.+?)\1{2}(.*?)\1`, 'double', 'em,strong'),
  form(String.raw`(\*)\1(?!\1)([^*]+?)\1(?!\1)(.+?)\1{3}`, 'double2', 'strong,em'),
  form(String.raw`(\*{2})(.+?)\1`, 'single', 'strong'),
  form(String.raw`(\*)([^*]+)\1`, 'single', 'em')
])

const underscores = emphasis('em_strong2', '_', [
  form(String.raw`(_)\1{2}(.+?)\1(.*?)\1{2}`, 'double', 'strong,em'),
  form(String.raw`(_)\1{2}(.+?)\1{2}(.*?)\1`, 'double', 'em,strong'),
  form(`${NOT_WORD_BEFORE}(_)\\1(?!\\1)(.+?)${NOT_WORD_BEFORE}\\1(?!\\1)(.+?)\\1{3}${NOT_WORD_AFTER}`, 'double2', 'strong,em'),
  form(`${NOT_WORD_BEFORE}(_{2})(?!_)(.+?)(?<!_)\\1${NOT_WORD_AFTER}`, 'single', 'strong'),
  form(`${NOT_WORD_BEFORE}(_)(?!_)(.+?)(?<!_)\\1${NOT_WORD_AFTER}`, 'single', 'em')
])

const LINK_START = /(?<!!)\[/gsu
const IMAGE_START = /!\[/gsu

const built = new Map<Dialect, readonly InlinePattern[]>()

/**
 * In Python-Markdown's order of priority. The expressions are shared: whoever
 * runs one sets its `lastIndex` first.
 */
export function inlinePatterns(dialect: Dialect): readonly InlinePattern[] {
  let patterns = built.get(dialect)
  if (!patterns) {
    patterns = buildPatterns(dialect)
    built.set(dialect, patterns)
  }
  return patterns
}

function buildPatterns(dialect: Dialect): readonly InlinePattern[] {
  return [
    backtick,
    backslashEscape,
    referenceLink('reference', LINK_START, 'a', false),
    inlineLink('link', LINK_START, 'a'),
    inlineLink('image_link', IMAGE_START, 'img'),
    referenceLink('image_reference', IMAGE_START, 'img', false),
    referenceLink('short_reference', LINK_START, 'a', true),
    referenceLink('short_image_ref', IMAGE_START, 'img', true),
    autolink,
    automail,
    lineBreak,
    rawHtml('html', dialect.inlineHtml, dialect),
    rawHtml('entity', /(&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)/gsu, dialect),
    notStrong(dialect),
    asterisks,
    underscores
  ]
}
