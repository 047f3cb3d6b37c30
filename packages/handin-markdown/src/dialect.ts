/**
 * What each supported Python-Markdown release does differently, read from
 * their sources (3.4.1 with Debian's security patch to htmlparser.py, 3.7,
 * 3.10.3). Every part of the port asks the dialect rather than a version
 * number, so each difference is named once, here.
 */

import {SPACE} from './python-text.js'
import {parsePythonMarkdownVersion, type PythonMarkdownVersion, pythonMarkdownVersionNames} from './versions.js'

export interface Dialect {
  readonly version: PythonMarkdownVersion
  /** As messages name it. */
  readonly name: string
  /** `Markdown.block_level_elements`: 3.5 adds `html`, 3.10 `center`. */
  readonly blockLevelElements: ReadonlySet<string>

  // htmlparser.py
  /**
   * Debian's patch (and upstream 3.9.0): a comment Python's parser closed at
   * `--` + space + `>` is taken back, and parsing starts again near the
   * beginning of the text; after the start this never ends.
   */
  readonly commentRestarts: boolean
  /** 3.10: a comment ends only at `-->` or `--!>`, and one that never does is text from its `<`. */
  readonly commentNeedsPlainClose: boolean
  /** Debian's patch and 3.10: `<![` other than CDATA is a bogus comment, passed through (Python bug gh-77057). */
  readonly markedSectionAsBogusComment: boolean
  /** Debian's patch and 3.10: a start tag that never ends is text from its `<`; before, the parser's first pass stopped there. */
  readonly unfinishedStartTagAsText: boolean
  /** 3.10: `</` not followed by a letter is text, `</>` too (before, `</>` vanished and `</ x>` was a bogus comment). */
  readonly endTagNeedsLetter: boolean
  /**
   * 3.5: the start of the parser's current line comes from a cache of line
   * starts that outlives the parser's first pass (before, it was counted
   * again in what was left of the text).
   */
  readonly lineStartCache: boolean

  // blockprocessors.py
  /** 3.10: a setext underline is all `=` or all `-`. */
  readonly setextUnderline: RegExp
  /** 3.6: the text after a `#` heading inside a loose list item loses one level of indent (#1443). */
  readonly headingLooseDetab: boolean

  // inlinepatterns.py
  /** The expression of the stand-alone `*`/`_` kept as text: 3.5 takes runs of 1 to 3 without the spaces around them. */
  readonly notStrong: RegExp
  /** Raw inline HTML: 3.10 also takes processing instructions and CDATA. */
  readonly inlineHtml: RegExp
  /** 3.5: backslash escapes inside raw inline HTML are undone (the backslash goes, the character stays). */
  readonly rawHtmlUnescapesEscapes: boolean
  /** 3.10: a node serialized into raw inline HTML has its own placeholders resolved too. */
  readonly rawHtmlResolvesNestedPlaceholders: boolean

  // treeprocessors.py and postprocessors.py
  /** 3.10: the inline tree processor takes elements first in, first out (before, last in, first out). */
  readonly inlineTreeInOrder: boolean
  /** 3.10: stashed HTML is put back recursively from each placeholder (before, in repeated passes over the whole page). */
  readonly rawHtmlRestoredRecursively: boolean
}

const BLOCK_LEVEL_3_4 = [
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'canvas',
  'colgroup',
  'dd',
  'body',
  'dt',
  'group',
  'iframe',
  'li',
  'legend',
  'math',
  'map',
  'noscript',
  'output',
  'object',
  'option',
  'progress',
  'script',
  'style',
  'summary',
  'tbody',
  'td',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'tr',
  'video'
]

const HTML_TAG_OR_COMMENT = String.raw`\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--`

const debian: Dialect = {
  version: '3.4-debian',
  name: pythonMarkdownVersionNames['3.4-debian'],
  blockLevelElements: new Set(BLOCK_LEVEL_3_4),
  commentRestarts: true,
  commentNeedsPlainClose: false,
  markedSectionAsBogusComment: true,
  unfinishedStartTagAsText: true,
  endTagNeedsLetter: false,
  lineStartCache: false,
  setextUnderline: /^[^\n]*?\n[=-]+ *(?:\n|$)/u,
  headingLooseDetab: false,
  notStrong: new RegExp(`((^|[${SPACE}])(\\*|_)([${SPACE}]|$))`, 'gsu'),
  inlineHtml: new RegExp(`(<(${HTML_TAG_OR_COMMENT})>)`, 'gsu'),
  rawHtmlUnescapesEscapes: false,
  rawHtmlResolvesNestedPlaceholders: false,
  inlineTreeInOrder: false,
  rawHtmlRestoredRecursively: false
}

const v3_7: Dialect = {
  ...debian,
  version: '3.7',
  name: pythonMarkdownVersionNames['3.7'],
  blockLevelElements: new Set([...BLOCK_LEVEL_3_4, 'html']),
  commentRestarts: false,
  markedSectionAsBogusComment: false,
  unfinishedStartTagAsText: false,
  lineStartCache: true,
  headingLooseDetab: true,
  notStrong: new RegExp(`((^|(?<=[${SPACE}]))(\\*{1,3}|_{1,3})(?=[${SPACE}]|$))`, 'gsu'),
  rawHtmlUnescapesEscapes: true
}

const v3_10: Dialect = {
  ...v3_7,
  version: '3.10',
  name: pythonMarkdownVersionNames['3.10'],
  blockLevelElements: new Set([...BLOCK_LEVEL_3_4, 'html', 'center']),
  commentNeedsPlainClose: true,
  markedSectionAsBogusComment: true,
  unfinishedStartTagAsText: true,
  endTagNeedsLetter: true,
  setextUnderline: /^[^\n]*?\n(?:=+|-+) *(?:\n|$)/u,
  inlineHtml: new RegExp(`(<(${HTML_TAG_OR_COMMENT}|[?](?:(?!<[?]|[?]>).)*[?]|!\\[CDATA\\[(?:(?!<!\\[CDATA\\[|\\]\\]>).)*\\]\\])>)`, 'gsu'),
  rawHtmlResolvesNestedPlaceholders: true,
  inlineTreeInOrder: true,
  rawHtmlRestoredRecursively: true
}

const dialects: Readonly<Record<PythonMarkdownVersion, Dialect>> = {'3.4-debian': debian, '3.7': v3_7, '3.10': v3_10}

/** The dialect of `version` (default 3.7); an unknown one throws `UnknownPythonMarkdownVersion`. */
export function dialectOf(version?: string | null): Dialect {
  return dialects[parsePythonMarkdownVersion(version)]
}

/** `Markdown.is_block_level(tag)`. */
export function isBlockLevel(tag: string, dialect: Dialect): boolean {
  let name = tag.toLowerCase()
  while (name.endsWith('/')) name = name.slice(0, -1)
  return dialect.blockLevelElements.has(name)
}
