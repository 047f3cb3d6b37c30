/**
 * The report text as the official checker reads it, and the way back to the
 * text the user gave us.
 *
 * Python opens the file with universal newlines, so `\r\n` and a lone `\r`
 * both become `\n` before anything is counted. Every check runs on that
 * normalized text; positions handed out are offsets into the original text,
 * so editors and remark see them where the user sees them.
 */

import {countAtOrBelow, countBelow} from './sorted-offsets.js'

export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units (what vfile and LSP use). */
  column: number
  /** 0-based offset into the original text. */
  offset: number
}

export class SourceText {
  readonly original: string
  readonly normalized: string
  /** Normalized offsets at which a `\r\n` pair was folded into one `\n`. */
  readonly #foldedAt: number[]
  readonly #lineStarts: number[]
  /** Index of the line the last `locate` found: offsets are mostly asked for in text order. */
  #lastLine = 0

  constructor(original: string) {
    this.original = original
    const folded: number[] = []
    if (original.includes('\r')) {
      // Each `\r\n` before a pair shortens the text by one: the pair at original offset i ends up at i - (pairs before it).
      for (let index = original.indexOf('\r\n'); index !== -1; index = original.indexOf('\r\n', index + 2)) {
        folded.push(index - folded.length)
      }
      this.normalized = original.replace(/\r\n?/g, '\n')
    } else {
      this.normalized = original
    }
    this.#foldedAt = folded

    const starts = [0]
    const text = this.normalized
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      starts.push(index + 1)
    }
    this.#lineStarts = starts
  }

  /** Offset in the original text of a normalized offset. */
  toOriginal(offset: number): number {
    const folded = this.#foldedAt
    if (folded.length === 0) return offset
    return offset + countBelow(folded, offset)
  }

  /** Line, column and original offset of a normalized offset. */
  locate(offset: number): Point {
    const starts = this.#lineStarts
    let line = this.#lastLine
    // A few lines on from the last one found is a short walk; anywhere else, a binary search.
    if (starts[line]! > offset || (line + 8 < starts.length && starts[line + 8]! <= offset)) {
      line = Math.max(countAtOrBelow(starts, offset) - 1, 0)
    } else {
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    }
    this.#lastLine = line
    return {line: line + 1, column: offset - starts[line]! + 1, offset: this.toOriginal(offset)}
  }

  /** Normalized offset at which a 1-based line starts. */
  lineStart(line: number): number {
    return this.#lineStarts[line - 1] ?? this.normalized.length
  }

  get lineCount(): number {
    return this.#lineStarts.length
  }
}
