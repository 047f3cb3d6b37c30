import {describe, expect, it} from 'vitest'
import {questionAtLine, questionAtTop, readOutline, stickyLineCount} from '../src/question-on-screen.js'

// Line numbers (0-based) are in the comments; the layout is the template's.
const lines = [
  '# Our report', // 0
  '', // 1
  '## Questions', // 2
  '', // 3
  '### Question 1', // 4
  '', // 5
  '> Answer:', // 6
  '', // 7
  'First answer, line one.', // 8
  'First answer, line two.', // 9
  '', // 10
  '### Question 2', // 11
  '', // 12
  '> Answer:', // 13
  '', // 14
  '```bash', // 15
  '# not a heading', // 16
  '```', // 17
  'Second answer.', // 18
  '' // 19
]
const sticky = {enabled: true, maxLineCount: 5}

describe('the question a student sees at the top of the editor', () => {
  it('reads the outline as the markdown extension does, leaving fenced code out', () => {
    expect(readOutline(lines).map(({line, depth, end, text}) => [line, depth, end, text])).toEqual([
      [0, 1, 19, 'Our report'],
      [2, 2, 19, 'Questions'],
      [4, 3, 10, 'Question 1'],
      [11, 3, 19, 'Question 2']
    ])
  })

  it('counts the sticky headings drawn over the first visible lines', () => {
    const outline = readOutline(lines)
    // Line 6 at the top: "# Our report", "## Questions" and "### Question 1" stick over lines 6 to 8.
    expect(stickyLineCount(outline, 6, sticky)).toBe(3)
    // Question 1's last line (10) right under its slot: it still sticks.
    expect(stickyLineCount(outline, 8, sticky)).toBe(3)
    // Its last line in the row above its slot: pushed out of sight.
    expect(stickyLineCount(outline, 9, sticky)).toBe(2)
    expect(stickyLineCount(outline, 6, {enabled: false, maxLineCount: 5})).toBe(0)
    expect(stickyLineCount(outline, 6, {enabled: true, maxLineCount: 1})).toBe(1)
  })

  it('is the question below the sticky headings, not the one they hide', () => {
    // Top line 8: sticky rows cover 8, 9, 10; the first line seen is "### Question 2" at 11.
    expect(questionAtTop(lines, 8, sticky)).toBe(2)
    // Without sticky scroll the first line seen is the top one, in Question 1.
    expect(questionAtTop(lines, 8, {enabled: false, maxLineCount: 5})).toBe(1)
    // A blank line below the sticky ones belongs to the question after it.
    expect(questionAtTop(lines, 7, sticky)).toBe(2)
    expect(questionAtTop(lines, 5, sticky)).toBe(1)
    expect(questionAtTop(lines, 0, sticky)).toBe(null)
  })

  it("is the question the cursor's line is in", () => {
    expect(questionAtLine(lines, 3)).toBe(null)
    expect(questionAtLine(lines, 4)).toBe(1)
    expect(questionAtLine(lines, 16)).toBe(2)
  })
})
