/**
 * Python's string semantics where JavaScript's differ: which characters are
 * whitespace (`str.isspace`, `re`'s `\s`), what `\w` and `\d` match in a
 * `str` pattern, and `str.expandtabs`, which counts code points.
 */

/** `str.isspace()` characters, as a character class body (also `re`'s `\s`). */
export const SPACE = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`
/** `re`'s `\w` in a `str` pattern, for a regular expression with the `u` flag. */
export const WORD = String.raw`\p{L}\p{N}_`

const leadingSpace = new RegExp(`^[${SPACE}]+`, 'u')
const trailingSpace = new RegExp(`[${SPACE}]+$`, 'u')

export function lstrip(text: string): string {
  return text.replace(leadingSpace, '')
}

export function rstrip(text: string): string {
  return text.replace(trailingSpace, '')
}

export function strip(text: string): string {
  return rstrip(lstrip(text))
}

/** `str.rstrip(chars)` / `str.lstrip(chars)` for a set of plain characters. */
export function rstripChars(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

export function lstripChars(text: string, chars: string): string {
  let start = 0
  while (start < text.length && chars.includes(text[start]!)) start++
  return text.slice(start)
}

/** `str.expandtabs(size)`: columns count code points and restart after `\n` and `\r`. */
export function expandTabs(text: string, size: number): string {
  if (!text.includes('\t')) return text
  let out = ''
  let column = 0
  for (const char of text) {
    if (char === '\t') {
      const spaces = size - (column % size)
      out += ' '.repeat(spaces)
      column += spaces
    } else if (char === '\n' || char === '\r') {
      out += char
      column = 0
    } else {
      out += char
      column++
    }
  }
  return out
}
