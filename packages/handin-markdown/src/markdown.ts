/**
 * Markdown to HTML exactly as the chosen Python-Markdown release renders it
 * without extensions (`markdown.markdown(text)`): the graders' rendering.
 */

import {BlockParser} from './block-parser.js'
import {type Dialect, dialectOf} from './dialect.js'
import {HtmlExtractor} from './html-extractor.js'
import {ETX, HtmlStash, STX} from './html-stash.js'
import {InlineTreeProcessor} from './inline-tree.js'
import {restoreAmpersands, restoreRawHtml} from './postprocessors.js'
import {expandTabs, strip} from './python-text.js'
import {serializeXhtml} from './serializer.js'
import {prettify, unescapeEscapes} from './tree-processors.js'
import type {PythonMarkdownVersion} from './versions.js'

export interface RenderOptions {
  /**
   * The Python-Markdown release to follow: `'3.7'` (default; what the
   * course's grading tools pin), `'3.10'` (3.10.3, what `pip install
   * markdown` gives students) or `'3.4-debian'` (Debian 12's patched 3.4.1).
   */
  version?: PythonMarkdownVersion | undefined
}

/** `NormalizeWhitespace`. */
function normalizeWhitespace(source: string): string {
  const text = source.replaceAll(STX, '').replaceAll(ETX, '').replace(/\r\n?/g, '\n')
  return expandTabs(`${text}\n\n`, 4).replace(/(?<=\n) +\n/g, '\n')
}

/** `HtmlBlockPreprocessor`. */
function extractHtmlBlocks(source: string, stash: HtmlStash, dialect: Dialect): string {
  const extractor = new HtmlExtractor(stash, dialect)
  extractor.feed(source)
  extractor.close()
  return extractor.cleandoc.join('')
}

/** `markdown.markdown(text)` under the chosen release; an unknown `version` throws `UnknownPythonMarkdownVersion`. */
export function renderPythonMarkdown(source: string, options: RenderOptions = {}): string {
  const dialect = dialectOf(options.version)
  if (!strip(source)) return ''
  const stash = new HtmlStash()
  const text = extractHtmlBlocks(normalizeWhitespace(source), stash, dialect)
  const parser = new BlockParser(dialect)
  const root = parser.parseDocument(text.split('\n'))
  new InlineTreeProcessor(parser.references, stash, dialect).run(root)
  prettify(root, dialect)
  unescapeEscapes(root)
  const document = serializeXhtml(root)
  const start = document.indexOf('<div>') + '<div>'.length
  const end = document.lastIndexOf('</div>')
  const body = strip(document.slice(start, end))
  return strip(restoreAmpersands(restoreRawHtml(body, stash, dialect)))
}
