import {describe, expect, it} from 'vitest'
import {naturalOrder} from '../src/index.js'

describe('naturalOrder', () => {
  it('compares the numbers inside names as numbers, and letter case aside', () => {
    expect(['group_10', 'group_2', 'Group_1', 'group_2b', 'group_02', 'team 9', 'team 10'].sort(naturalOrder)).toEqual([
      'Group_1',
      'group_02',
      'group_2',
      'group_2b',
      'group_10',
      'team 9',
      'team 10'
    ])
  })

  it('is a total order: names that differ only in case or leading zeros still get a fixed place', () => {
    expect(naturalOrder('group_2', 'group_02')).not.toBe(0)
    expect(naturalOrder('a', 'A')).toBe(-naturalOrder('A', 'a'))
    expect(naturalOrder('same', 'same')).toBe(0)
  })
})
