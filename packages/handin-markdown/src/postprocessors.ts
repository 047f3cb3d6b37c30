/** Python-Markdown 3.4's postprocessors: the stashed raw HTML put back, and `&` restored. */

import {isBlockLevel} from './block-level.js'
import {AMP_SUBSTITUTE, type HtmlStash, htmlPlaceholder} from './html-stash.js'

const ANY_PLACEHOLDER = htmlPlaceholder('([0-9]+)')

const PLACEHOLDER = new RegExp(`<p>${ANY_PLACEHOLDER}</p>|${ANY_PLACEHOLDER}`, 'g')
const TAG_NAME = /^<\/?([^ >]+)/

function isBlockLevelHtml(html: string): boolean {
  const match = TAG_NAME.exec(html)
  if (!match) return false
  return '!?@%'.includes(match[1]![0]!) || isBlockLevel(match[1]!)
}

/** `RawHtmlPostprocessor`: repeated until nothing changes, as there, since stashed HTML may hold placeholders. */
export function restoreRawHtml(text: string, stash: HtmlStash): string {
  if (!stash.rawHtmlBlocks.length) return text
  const replacements = new Map<string, string>()
  stash.rawHtmlBlocks.forEach((html, index) => {
    if (isBlockLevelHtml(html)) replacements.set(`<p>${htmlPlaceholder(index)}</p>`, html)
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

/** `AndSubstitutePostprocessor`. */
export function restoreAmpersands(text: string): string {
  return text.replaceAll(AMP_SUBSTITUTE, '&')
}
