/** Wording shared by the findings, so the same figure reads the same everywhere. */

import type {Range} from '../official-tables.js'

export function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}

export function formatRange([min, max]: Range): string {
  return min === max ? `exactly ${min}` : `${min}–${max}`
}
