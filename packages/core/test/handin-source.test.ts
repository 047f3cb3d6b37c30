import {describe, expect, it} from 'vitest'
import {handinSource} from '../src/index.js'

describe('handinSource', () => {
  it('drops the first 43 characters after universal newlines, as report.py html does', () => {
    const header = '# Exam template for 02476 Machine Learning Operations\r\n\r\nText'
    expect(handinSource(header)).toBe('Operations\n\nText')
  })

  it('counts characters, not UTF-16 units', () => {
    expect(handinSource(`${'😀'.repeat(43)}rest`)).toBe('rest')
  })

  it('gives nothing for a text shorter than that', () => {
    expect(handinSource('short')).toBe('')
  })
})
