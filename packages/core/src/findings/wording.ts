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

/**
 * A question's figures as an editor shows them beside the answer, one part
 * per limit: "86 words · 100–200 · 14 short", "1 image · 1–2". The words and
 * images are the course checker's own counts.
 */
export function briefFigures(question: {words: number; images: number; constraints: Constraints}): string[] {
  const parts: string[] = []
  const {words, images} = question.constraints
  if (words) parts.push(`${plural(question.words, 'word')} · ${formatRange(words)}${gap(question.words, words, 'short', 'over')}`)
  if (images) parts.push(`${plural(question.images, 'image')} · ${formatRange(images)}${gap(question.images, images, 'missing', 'too many')}`)
  return parts
}

function gap(count: number, [min, max]: Range, below: string, above: string): string {
  if (count < min) return ` · ${min - count} ${below}`
  if (count > max) return ` · ${count - max} ${above}`
  return ''
}
