/**
 * Which question a student looks at in the editor. VS Code reports the lines
 * under its sticky scroll as visible, but the headings that sticky scroll
 * draws over them hide them: the first line the student sees is below those.
 * VS Code has no API for the sticky lines, so this follows its rule over the
 * markdown outline the built-in markdown extension gives it (a heading's
 * section runs to the line before the next heading of its level or above):
 * the section at outline depth `d` takes the `d`-th sticky line while its
 * heading is above that line and its last line at or below it.
 */

export interface OutlineHeading {
  /** 0-based. */
  line: number
  level: number
  /** Nesting in the outline: 1 for a heading under none. */
  depth: number
  /** The section's last line. */
  end: number
  text: string
}

export interface StickyScroll {
  enabled: boolean
  /** `editor.stickyScroll.maxLineCount` (VS Code's default is 5). */
  maxLineCount: number
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUESTION = /^Question[ \t]+(\d+)\b/i

/** The ATX headings outside fenced code, each with its section and depth, in line order. */
export function readOutline(lines: readonly string[]): OutlineHeading[] {
  const headings: OutlineHeading[] = []
  const open: OutlineHeading[] = []
  let fence: string | null = null
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]!
    const fenceMark = FENCE.exec(text)?.[1]
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && text.trim() === fenceMark) fence = null
      continue
    }
    if (fenceMark) {
      fence = fenceMark
      continue
    }
    const match = ATX_HEADING.exec(text)
    if (!match) continue
    const level = match[1]!.length
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop()!.end = line - 1
    const heading = {line, level, depth: open.length + 1, end: lines.length - 1, text: (match[2] ?? '').replace(/[ \t]+#+$/, '')}
    open.push(heading)
    headings.push(heading)
  }
  return headings
}

/** How many sticky lines VS Code draws over the editor whose first visible line is `top`, scrolled to a whole line. */
export function stickyLineCount(outline: readonly OutlineHeading[], top: number, sticky: StickyScroll): number {
  if (!sticky.enabled) return 0
  let count = 0
  for (const heading of outline) {
    if (count >= sticky.maxLineCount) break
    // A one-line section never sticks; one that ends above the editor is not on screen.
    if (heading.end <= heading.line || heading.end < top) continue
    const slot = top + heading.depth - 1
    // Its last line is the row above its slot: drawn pushed up out of sight, and nothing deeper sticks.
    if (heading.end === slot - 1) break
    if (heading.line < slot && heading.end >= slot) count++
  }
  return count
}

/**
 * The question the student sees at the top of the editor: the one whose
 * section holds the first line below the sticky headings that has text (a
 * blank line between two questions belongs to neither for a reader). Null
 * above the first question.
 */
export function questionAtTop(lines: readonly string[], top: number, sticky: StickyScroll, bottom = lines.length - 1): number | null {
  const outline = readOutline(lines)
  let seen = Math.min(top + stickyLineCount(outline, top, sticky), lines.length - 1)
  while (seen < Math.min(bottom, lines.length - 1) && lines[seen]!.trim() === '') seen++
  return questionAt(outline, seen)
}

/** The question whose section holds `line` (the last question heading at or above it), or null. */
export function questionAtLine(lines: readonly string[], line: number): number | null {
  return questionAt(readOutline(lines), line)
}

function questionAt(outline: readonly OutlineHeading[], line: number): number | null {
  for (let index = outline.length - 1; index >= 0; index--) {
    const heading = outline[index]!
    if (heading.line > line) continue
    const number = QUESTION.exec(heading.text)?.[1]
    if (number) return Number(number)
  }
  return null
}
