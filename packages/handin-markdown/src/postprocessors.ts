/** Python-Markdown's postprocessors: the stashed raw HTML put back, and `&` restored. */

import {type Dialect, isBlockLevel} from './dialect.js'
import {AMP_SUBSTITUTE, type HtmlStash, htmlPlaceholder} from './html-stash.js'

const ANY_PLACEHOLDER = htmlPlaceholder('([0-9]+)')

const PLACEHOLDER = new RegExp(`<p>${ANY_PLACEHOLDER}</p>|${ANY_PLACEHOLDER}`, 'g')
const TAG_NAME = /^<\/?([^ >]+)/

function isBlockLevelHtml(html: string, dialect: Dialect): boolean {
  const match = TAG_NAME.exec(html)
  if (!match) return false
  return '!?@%'.includes(match[1]![0]!) || isBlockLevel(match[1]!, dialect)
}

/** `RawHtmlPostprocessor`. */
export function restoreRawHtml(text: string, stash: HtmlStash, dialect: Dialect): string {
  if (!stash.rawHtmlBlocks.length) return text
  return dialect.rawHtmlRestoredRecursively ? restoreRecursively(text, stash, dialect) : restoreInPasses(text, stash, dialect)
}

/** Before 3.10: every placeholder replaced, over and over until nothing changes, since stashed HTML may hold placeholders. */
function restoreInPasses(text: string, stash: HtmlStash, dialect: Dialect): string {
  const replacements = new Map<string, string>()
  stash.rawHtmlBlocks.forEach((html, index) => {
    if (isBlockLevelHtml(html, dialect)) replacements.set(`<p>${htmlPlaceholder(index)}</p>`, html)
    replacements.set(htmlPlaceholder(index), html)
  })
  let current = text
  for (let round = 0; round <= stash.rawHtmlBlocks.length; round++) {
    const next = current.replace(PLACEHOLDER, (key) => {
      const html = replacements.get(key)
      if (html !== undefined) return html
      const inner = replacements.get(key.slice(3, -4))
      return inner === undefined ? key : `<p>${inner}</p>`
    })
    if (next === current) return next
    current = next
  }
  return current
}

/** 3.10: each placeholder replaced by its HTML, whose own placeholders are replaced in turn. */
function restoreRecursively(text: string, stash: HtmlStash, dialect: Dialect): string {
  const substitute = (whole: string, wrapped: string | undefined, bare: string | undefined): string => {
    const key = Number(wrapped ?? bare)
    if (key >= stash.rawHtmlBlocks.length) return whole
    const html = stash.rawHtmlBlocks[key]!
    if (wrapped === undefined || isBlockLevelHtml(html, dialect)) return html.replace(PLACEHOLDER, substitute)
    return `<p>${html}</p>`.replace(PLACEHOLDER, substitute)
  }
  return text.replace(PLACEHOLDER, substitute)
}

/** `AndSubstitutePostprocessor`. */
export function restoreAmpersands(text: string): string {
  return text.replaceAll(AMP_SUBSTITUTE, '&')
}
