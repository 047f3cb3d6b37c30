/**
 * The few pieces of Python behaviour the official checker's verdicts rest on,
 * reproduced exactly. JavaScript's own versions differ in small ways that move
 * a count by one on real reports, so none of `\s`, `.` or `trim()` is used here.
 */

/** Whether a UTF-16 code unit is whitespace for Python's `str.split()`. */
export function isPythonWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)
  if (code < 0x85) return false
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** `len(text.split())` in Python, over `text.slice(start, end)`. */
export function countPythonWords(text: string, start = 0, end = text.length): number {
  let words = 0
  let inWord = false
  for (let index = start; index < end; index++) {
    if (isPythonWhitespace(text.charCodeAt(index))) {
      inWord = false
    } else if (!inWord) {
      inWord = true
      words++
    }
  }
  return words
}

/** A match of the official image expression `\!\[.*?\]\(.*?\)`. */
export interface ImageMatch {
  start: number
  end: number
}

/**
 * `re.findall(r"\!\[.*?\]\(.*?\)", text)` over `text.slice(start, end)`, as
 * ranges. `.` stops only at `\n` in Python. Written as a scan rather than a
 * regular expression so that a line full of `![` cannot make it quadratic.
 */
export function findOfficialImages(text: string, start = 0, end = text.length): ImageMatch[] {
  const matches: ImageMatch[] = []
  let from = start
  while (from < end) {
    const open = text.indexOf('![', from)
    if (open === -1 || open + 2 > end) break
    const lineEnd = endOfLine(text, open, end)
    const close = text.indexOf('](', open + 2)
    if (close === -1 || close + 2 > lineEnd) {
      // No later `![` on this line can find a `](` either.
      from = lineEnd
      continue
    }
    const paren = text.indexOf(')', close + 2)
    if (paren === -1 || paren >= lineEnd) {
      // Every later start on this line would need a `)` after this `](` too.
      from = lineEnd
      continue
    }
    matches.push({start: open, end: paren + 1})
    from = paren + 1
  }
  return matches
}

function endOfLine(text: string, from: number, limit: number): number {
  const newline = text.indexOf('\n', from)
  return newline === -1 || newline > limit ? limit : newline
}

/** Python's `s.strip("\n")` as a narrowed range. */
export function stripNewlines(text: string, start: number, end: number): {start: number; end: number} {
  while (start < end && text.charCodeAt(start) === 10) start++
  while (end > start && text.charCodeAt(end - 1) === 10) end--
  return {start, end}
}

/** UTF-16 offset of the `count`-th code point (Python slices by code point). */
export function codePointOffset(text: string, count: number): number {
  let offset = 0
  for (let seen = 0; seen < count && offset < text.length; seen++) {
    const code = text.charCodeAt(offset)
    offset += code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length ? 2 : 1
  }
  return offset
}
