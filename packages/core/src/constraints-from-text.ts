/**
 * Reads a question's constraints from its own wording ("Recommended answer
 * length: 100-200 words", "Upload 1 to 3 screenshots", "Include a figure"),
 * so templates we have no table for can still be checked.
 */

import type {Constraints, Range} from './official-tables.js'

const NUMBER_RANGE = String.raw`(\d+)\s*(?:-|–|—|to)\s*(\d+)`
const WORD_RANGE = new RegExp(NUMBER_RANGE + String.raw`\s*words\b`, 'i')
const IMAGE_RANGE = new RegExp(NUMBER_RANGE + String.raw`\s*(?:screenshots?|images?|figures?|pictures?)\b`, 'i')
const SINGLE_IMAGE = /\b(?:include|insert|upload|add)\s+(?:a|an|one)\s+(?:figure|image|screenshot|diagram|picture)\b/i

function range(match: RegExpExecArray | null): Range | undefined {
  if (!match) return undefined
  const low = Number(match[1])
  const high = Number(match[2])
  return low <= high ? [low, high] : [high, low]
}

export function constraintsFromText(prompt: string): Constraints {
  // The template wraps long prompts over blockquote lines; read them as one.
  const flat = prompt.replace(/\n>?[ \t]*/g, ' ')
  const constraints: Constraints = {}
  const words = range(WORD_RANGE.exec(flat))
  if (words) constraints.words = words
  const images = range(IMAGE_RANGE.exec(flat)) ?? (SINGLE_IMAGE.test(flat) ? ([1, 1] as const) : undefined)
  if (images) constraints.images = images
  return constraints
}
