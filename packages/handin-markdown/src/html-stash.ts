/** Python-Markdown's placeholders and the stash of raw HTML they stand for. */

export const STX = '\u0002'
export const ETX = '\u0003'
export const INLINE_PLACEHOLDER_PREFIX = `${STX}klzzwxh:`
export const AMP_SUBSTITUTE = `${STX}amp${ETX}`

export function inlinePlaceholder(id: string): string {
  return `${INLINE_PLACEHOLDER_PREFIX}${id}${ETX}`
}

export function htmlPlaceholder(index: number | string): string {
  return `${STX}wzxhzdk:${index}${ETX}`
}

export class HtmlStash {
  readonly rawHtmlBlocks: string[] = []

  /** Keeps `html` and returns the placeholder that stands for it in the text. */
  store(html: string): string {
    this.rawHtmlBlocks.push(html)
    return htmlPlaceholder(this.rawHtmlBlocks.length - 1)
  }
}
