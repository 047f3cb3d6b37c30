/**
 * Line-level steps over normalized text (`\n` only), shared by the scanners
 * that read a report line by line without splitting it.
 */

/** Where the line holding `from` ends (its `\n`), but no further than `limit`. */
export function lineEnd(text: string, from: number, limit = text.length): number {
  const newline = text.indexOf('\n', from)
  return newline === -1 || newline > limit ? limit : newline
}

/** The first offset from `from` (up to `to`) that is not a space or a tab: where a line's indentation ends. */
export function skipSpacesAndTabs(text: string, from: number, to = text.length): number {
  let index = from
  while (index < to && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
  return index
}
