/** Wording shared by the findings, so the same figure reads the same everywhere. */

import type {Constraints, Range} from '../official-tables.js'

export function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}

export function formatRange([min, max]: Range): string {
  return min === max ? `exactly ${min}` : `${min}–${max}`
}

/** A question's figures against its limits, e.g. "86 words (expected 100–200), 0 images (expected 1–2)". */
export function describeFigures(question: {words: number; images: number; constraints: Constraints}): string {
  const parts: string[] = []
  if (question.constraints.words) parts.push(`${plural(question.words, 'word')} (expected ${formatRange(question.constraints.words)})`)
  if (question.constraints.images) parts.push(`${plural(question.images, 'image')} (expected ${formatRange(question.constraints.images)})`)
  return parts.join(', ') || 'no length or image limit'
}
