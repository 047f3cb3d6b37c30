import {describe, expect, it} from 'vitest'
import {codePointOffset, countPythonWords, findOfficialImages, stripNewlines} from '../src/python-semantics.js'

describe('countPythonWords (len(str.split()))', () => {
  it('splits on runs of whitespace and drops empty pieces', () => {
    expect(countPythonWords('  one two\t\tthree\nfour  ')).toBe(4)
    expect(countPythonWords('')).toBe(0)
    expect(countPythonWords(' \n\t ')).toBe(0)
  })

  it('counts markdown syntax, URLs and images as words', () => {
    expect(countPythonWords('* item - `code` https://x.org ![a](b.png) ```bash')).toBe(7)
  })

  it("uses Python's whitespace set, not JavaScript's \\s", () => {
    // Python separates on U+001C–U+001F and U+0085; JavaScript's \s does not.
    expect(countPythonWords('a\u001cb\u001dc\u001ed\u001ff\u0085g')).toBe(6)
    // Python does not separate on U+FEFF (JavaScript does) nor on U+200B.
    expect(countPythonWords('a\ufeffb')).toBe(1)
    expect(countPythonWords('a\u200bb')).toBe(1)
    expect(countPythonWords('a\u00a0b\u2002c\u3000d\u2028e\u205ff')).toBe(6)
  })

  it('counts within a range', () => {
    expect(countPythonWords('skip these count these two', 11, 26)).toBe(3)
  })

  it('counts long texts exactly, whatever the word lengths and separators', () => {
    const separators = [' ', '\n', '\t\t', '\u3000', ' \u0085 ']
    for (const total of [1, 3, 4, 5, 15, 16, 17, 19, 20, 21, 63, 64, 65, 127, 128, 129, 1000]) {
      // Words of varied length (1 to 7 characters) so no step boundary lines up with a word boundary by luck.
      const words = Array.from({length: total}, (_, index) => 'w'.repeat((index % 7) + 1))
      const joined = words.map((word, index) => (index === 0 ? '' : separators[index % separators.length]) + word).join('')
      expect(countPythonWords(`  ${joined}\n`), `${total} words`).toBe(total)
      expect(countPythonWords(joined), `${total} words, no space at either end`).toBe(total)
    }
  })

  it('agrees with splitting on the whitespace class, on generated texts', () => {
    // Python's str.split() whitespace, written out here rather than taken from the code under test.
    const space = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`
    const whitespace = new RegExp(`[${space}]+`)
    const pieces = ['a', 'word', 'ü', '😀', '\ufeff', '\u200b', ' ', '  ', '\n', '\t', '\u3000', '\u0085', '\u001c', '\u00a0']
    let seed = 7
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 2 ** 32
    }
    for (let round = 0; round < 5000; round++) {
      let text = ''
      const length = Math.floor(random() * 120)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)]
      const expected = text.split(whitespace).filter((piece) => piece !== '').length
      expect(countPythonWords(text), JSON.stringify(text)).toBe(expected)
    }
  })
})

describe('findOfficialImages (re.findall(r"\\!\\[.*?\\]\\(.*?\\)"))', () => {
  const count = (text: string) => findOfficialImages(text).length

  it('counts inline images, several on a line', () => {
    expect(count('![a](x.png) and ![b](y.png)')).toBe(2)
    expect(count('![](x.png)')).toBe(1)
  })

  it('does not match across a newline', () => {
    expect(count('![a\n](x.png)')).toBe(0)
    expect(count('![a](x\n.png)')).toBe(0)
  })

  it('matches lazily, as Python does', () => {
    expect(findOfficialImages('![a](b) c)')).toEqual([{start: 0, end: 7}])
    // A `![` without `](` on its line starts nothing, yet a later one on the next line counts.
    expect(count('![a] ![b\n![c](d)')).toBe(1)
  })

  it('does not count HTML or reference images', () => {
    expect(count('<img src="x.png"> ![a][ref]\n\n[ref]: x.png')).toBe(0)
  })

  it('finds nothing on a long line of `![` without `](`, and still counts the next line', () => {
    // A quadratic scan would take minutes here; speed itself is measured in bench/, not asserted.
    expect(count(`${'!['.repeat(200_000)}\n![a](b.png)`)).toBe(1)
  })
})

describe('stripNewlines and codePointOffset', () => {
  it('strips only newlines', () => {
    expect(stripNewlines('\n\n a \n\n', 0, 7)).toEqual({start: 2, end: 5})
  })

  it('slices by code point, as Python does', () => {
    expect(codePointOffset('😀abc', 2)).toBe(3)
    expect(codePointOffset('abc', 10)).toBe(3)
  })
})
