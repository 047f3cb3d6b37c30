/**
 * Markdown to HTML exactly as Python-Markdown 3.4 renders it without
 * extensions (`markdown.markdown(text)`): the graders' rendering.
 */

import {BlockParser} from './block-parser.js'
import {HtmlExtractor} from './html-extractor.js'
import {ETX, HtmlStash, STX} from './html-stash.js'
import {InlineTreeProcessor} from './inline-tree.js'
import {restoreAmpersands, restoreRawHtml} from './postprocessors.js'
import {expandTabs, strip} from './python-text.js'
import {serializeXhtml} from './serializer.js'
import {prettify, unescapeEscapes} from './tree-processors.js'

/** `NormalizeWhitespace`. */
function normalizeWhitespace(source: string): string {
  const text = source.replaceAll(STX, '').replaceAll(ETX, '').replace(/\r\n?/g, '\n')
  return expandTabs(`${text}\n\n`, 4).replace(/(?<=\n) +\n/g, '\n')
}

/** `HtmlBlockPreprocessor`. */
function extractHtmlBlocks(source: string, stash: HtmlStash): string {
  const extractor = new HtmlExtractor(stash)
  extractor.feed(source)
  extractor.close()
  return extractor.cleandoc.join('')
}

/** `markdown.markdown(text)`. */
export function renderPythonMarkdown(source: string): string {
  if (!strip(source)) return ''
  const stash = new HtmlStash()
  const text = extractHtmlBlocks(normalizeWhitespace(source), stash)
  const parser = new BlockParser()
  const root = parser.parseDocument(text.split('\n'))
  new InlineTreeProcessor(parser.references, stash).run(root)
  prettify(root)
  unescapeEscapes(root)
  const document = serializeXhtml(root)
  const start = document.indexOf('<div>') + '<div>'.length
  const end = document.lastIndexOf('</div>')
  const body = strip(document.slice(start, end))
  return strip(restoreAmpersands(restoreRawHtml(body, stash)))
}
