/**
 * The few pieces of Python behaviour the official checker's verdicts rest on,
 * reproduced exactly. JavaScript's own versions differ in small ways that move
 * a count by one on real reports, so none of `\s`, `.` or `trim()` is used here.
 */

import {lineEnd} from './text-lines.js'

/** Python's `str.split()` whitespace, as a character class body. */
export const SPACE = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`
/**
 * `n` words in a row, each with the whitespace after it. A word cannot be
 * split in two to make up the count, since a piece of one would be followed
 * by more of it, not by whitespace; and the classes exclude each other, so a
 * failed attempt backtracks through each character once: linear.
 */
function wordsWithSpaceAfter(n: number): RegExp {
  return new RegExp(`[${SPACE}]*(?:[^${SPACE}]+[${SPACE}]+){${n}}`, 'y')
}

/** One word, whitespace after it or not (the last word of a text has none); greedy, so the whole run. */
const ONE_WORD = new RegExp(`[${SPACE}]*[^${SPACE}]+`, 'y')

/**
 * Steps of 16 and 4 words, then one at a time. Fewer, longer steps cost more:
 * a step of 64 words compiles to more code and fails over more text at the
 * end of each answer (counted in instructions, 16/4/1 takes a fifth fewer).
 */
const WORD_STEPS = [...[16, 4].map((size) => ({size, pattern: wordsWithSpaceAfter(size)})), {size: 1, pattern: ONE_WORD}]

/**
 * `len(text.split())` in Python, over `text.slice(start, end)`. The regular
 * expression engine steps over many words per call: a call per word costs
 * more than the matching in code that has not been optimised yet, and a
 * check is over before most of it is.
 */
export function countPythonWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end)
  let words = 0
  let reached = 0
  for (let step = 0; step < WORD_STEPS.length; step++) {
    const {size, pattern} = WORD_STEPS[step]!
    pattern.lastIndex = reached
    while (pattern.test(slice)) {
      words += size
      reached = pattern.lastIndex
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
    const lineStop = lineEnd(text, open, end)
    const close = text.indexOf('](', open + 2)
    if (close === -1 || close + 2 > lineStop) {
      // No later `![` on this line can find a `](` either.
      from = lineStop
      continue
    }
    const paren = text.indexOf(')', close + 2)
    if (paren === -1 || paren >= lineStop) {
      // Every later start on this line would need a `)` after this `](` too.
      from = lineStop
      continue
    }
    matches.push({start: open, end: paren + 1})
    from = paren + 1
  }
  return matches
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
