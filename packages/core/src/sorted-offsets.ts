/** Binary searches over ascending offsets (line starts, `Answer:` markers). */

/** How many sorted values are strictly below `value`. */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! < value) low = mid + 1
    else high = mid
  }
  return low
}

/** How many sorted values are at or below `value`. */
export function countAtOrBelow(sorted: readonly number[], value: number): number {
  return countBelow(sorted, value + 1)
}
