/**
 * Names in the order people expect: numbers inside them compared as numbers
 * (`group_2` before `group_10`), letter case aside. Every list of groups or
 * reports is sorted with this, so each shows the same order.
 */
const collator = new Intl.Collator('en', {numeric: true, sensitivity: 'base'})

export function naturalOrder(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
