/**
 * The constraint tables of the course's `report.py`, one per template
 * generation. These are what the graders run; where a template's own text
 * states something else, these win.
 */

export type Range = readonly [min: number, max: number]

/** Whether a count breaks an inclusive range: each of these is one of the checker's `WARNING` lines. */
export function outsideRange(count: number, range: Range | undefined): boolean {
  return range !== undefined && (count < range[0] || count > range[1])
}

export interface Constraints {
  /** Inclusive word range, counted as Python's `str.split()` does. */
  words?: Range
  /** Inclusive number of `![...](...)` images. */
  images?: Range
}

export type Generation = 31 | 27

const none: Constraints = {}
const words = (min: number, max: number): Constraints => ({words: [min, max]})
const images = (min: number, max: number): Constraints => ({images: [min, max]})
const both = (w: Constraints, i: Constraints): Constraints => ({...w, ...i})

/** Index 0 is question 1. */
const table31: readonly Constraints[] = [
  none,
  none,
  words(0, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(50, 100),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(200, 300),
  words(50, 100),
  words(100, 200),
  both(words(200, 300), images(1, 3)),
  words(100, 200),
  words(100, 200),
  words(50, 200),
  words(100, 200),
  images(1, 2),
  images(1, 2),
  images(1, 2),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(0, 200),
  both(words(200, 400), images(1, 1)),
  words(200, 400),
  words(50, 300)
]

const table27: readonly Constraints[] = [
  none,
  none,
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(50, 100),
  words(50, 100),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(200, 300),
  words(50, 100),
  words(100, 200),
  both(words(200, 300), images(1, 3)),
  words(100, 200),
  words(100, 200),
  words(50, 200),
  words(100, 200),
  images(1, 2),
  images(1, 1),
  images(1, 1),
  words(100, 200),
  words(100, 200),
  words(25, 100),
  both(words(200, 400), images(1, 1)),
  words(200, 400),
  words(50, 200)
]

export const officialTables: Readonly<Record<Generation, readonly Constraints[]>> = {31: table31, 27: table27}

/** The generation the course runs today, used when a report's own is unknown. */
export const currentGeneration: Generation = 31
