/**
 * The course checker's way of cutting a report into answers, reproduced with
 * offsets (see `shared/spec/official-checker.md`). Works on normalized text.
 */

import {codePointOffset, stripNewlines} from './python-semantics.js'
import type {Generation} from './official-tables.js'

export interface OfficialAnswer {
  /** Offsets of the answer in the normalized text, after `strip("\n")`. */
  start: number
  end: number
  /** Where the checker's piece began: just after its `Answer:`. */
  pieceStart: number
  /** Where the checker stopped reading: at a `###`/`##`, or the piece's end. */
  cutAt: number
  /** What stopped it: `###`, `##`, `Answer:` (the next piece) or the end of the file. */
  cutBy: '###' | '##' | 'Answer:' | 'end of file'
  /** The checker's quirk: the last piece is added again, whole. */
  wholeLastPiece: boolean
}

export interface OfficialCut {
  answers: OfficialAnswer[]
  /** The exception the checker stops with, or null. */
  error: string | null
  expected: number
}

/** What the checker splits a report at. */
export const ANSWER_MARKER = 'Answer:'

interface Piece {
  start: number
  end: number
}

function splitOnMarker(text: string, from: number): Piece[] {
  const pieces: Piece[] = []
  let start = from
  for (let index = text.indexOf(ANSWER_MARKER, from); index !== -1; index = text.indexOf(ANSWER_MARKER, index + ANSWER_MARKER.length)) {
    pieces.push({start, end: index})
    start = index + ANSWER_MARKER.length
  }
  pieces.push({start, end: text.length})
  return pieces
}

/**
 * Next occurrence of `needle` at or after an offset, for offsets that only grow:
 * each search resumes where the last found one, so a whole file costs one pass.
 */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from)
    return found
  }
}

interface Finders {
  tripleHash: (from: number) => number
  doubleHash: (from: number) => number
}

function finders(text: string): Finders {
  return {tripleHash: forwardFinder(text, '###'), doubleHash: forwardFinder(text, '##')}
}

/** Where the checker stops reading `[start, end)`: at its first `###`, or at a `##` before that; `end` if neither. */
function stopAt(find: Finders, start: number, end: number): number {
  const hashes = find.tripleHash(start)
  const limit = hashes === -1 || hashes > end ? end : hashes
  const doubleHash = find.doubleHash(start)
  return doubleHash !== -1 && doubleHash + 2 <= limit ? doubleHash : limit
}

function cutPiece(text: string, piece: Piece, find: Finders): OfficialAnswer | null {
  const hashes = find.tripleHash(piece.start)
  // A piece with no `###` is skipped.
  if (hashes === -1 || hashes + 3 > piece.end) return null
  const cutAt = stopAt(find, piece.start, piece.end)
  const {start, end} = stripNewlines(text, piece.start, cutAt)
  return {start, end, pieceStart: piece.start, cutAt, cutBy: cutAt === hashes ? '###' : '##', wholeLastPiece: false}
}

/** Each piece cut as the checker cuts it; pieces without a `###` are skipped. */
function cutPieces(text: string, pieces: Piece[]): OfficialAnswer[] {
  const answers: OfficialAnswer[] = []
  const find = finders(text)
  for (let index = 0; index < pieces.length; index++) {
    const answer = cutPiece(text, pieces[index]!, find)
    if (answer) answers.push(answer)
  }
  return answers
}

/** `[start, end)` read as one answer by the checker's rules: cut at `###`, then `##`, newlines stripped. */
export function readAsAnswer(text: string, start: number, end: number): {start: number; end: number} {
  return stripNewlines(text, start, stopAt(finders(text), start, end))
}

function wholePiece(text: string, piece: Piece, isLastInFile: boolean): OfficialAnswer {
  const {start, end} = stripNewlines(text, piece.start, piece.end)
  return {
    start,
    end,
    pieceStart: piece.start,
    cutAt: piece.end,
    cutBy: isLastInFile ? 'end of file' : 'Answer:',
    wholeLastPiece: true
  }
}

const expectedMessage: Record<Generation, string> = {
  31: 'ValueError: Number of answers are different from the expected 31. Have you changed the template?',
  27: 'ValueError: Number of answers are different from the expected 27. Have you filled out every field?'
}

/** The answers the checker of `generation` finds, or the error it stops with. */
export function cutOfficially(text: string, generation: Generation): OfficialCut {
  return generation === 31 ? cutLikeCurrentChecker(text, 31, expectedMessage[31]) : cut27(text)
}

/**
 * The current script's cut, for any expected number of answers (the text mode
 * expects as many answers as the report has question headings).
 */
export function cutLikeCurrentChecker(
  text: string,
  expected: number,
  error = `ValueError: Number of answers are different from the expected ${expected}.`
): OfficialCut {
  const pieces = splitOnMarker(text, 0).slice(1)
  const last = pieces.at(-1)
  if (!last) {
    // `per_question[-1]` on an empty list.
    return {answers: [], error: 'IndexError: list index out of range (no `Answer:` in the file)', expected}
  }
  const answers = cutPieces(text, pieces)
  answers.push(wholePiece(text, last, true))
  return {answers, error: answers.length === expected ? null : error, expected}
}

function cut27(text: string): OfficialCut {
  // The older script drops a 43-character front-matter header first.
  const pieces = splitOnMarker(text, codePointOffset(text, 43))
  const last = pieces.at(-1) as Piece
  const answers = cutPieces(text, pieces)
  answers.push(wholePiece(text, last, true))
  answers.shift()
  return {answers, error: answers.length === 27 ? null : expectedMessage[27], expected: 27}
}
