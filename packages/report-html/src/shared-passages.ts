/**
 * Passages an answer shares with other reports (as the core's
 * `findSharedPassages` finds them), marked with `<mark>` in the answer as it
 * is rendered: on GitHub's side and on the graders' hand-in alike. The
 * passage is found by its words, as the core reads them, since rendering
 * drops the markdown around them.
 */

import {wordSpans} from '@mlops-report/core'
import type {Element, ElementContent, Text} from 'hast'
import {h} from 'hastscript'

export interface SharedMark {
  /** The passage as it stands in this report's answer (`SharedPassage.passage`). */
  passage: string
  sharedWords: number
  /** The other report or earlier report: its name, and its page where there is one. */
  other: {label: string; href: string | null}
}

/** Elements whose text runs on with the text around it: no word ends at their edge. */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'del', 'em', 'i', 'kbd', 'mark', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'ins', 'q'])
const SKIPPED = new Set(['script', 'style', 'svg', 'template'])
/** Words the start and end of a passage are found by. */
const ANCHOR = 4

interface Run {
  node: Text
  parent: Element | {children: ElementContent[]}
  /** Where the node's text starts in the joined text. */
  offset: number
}

/** The text nodes in document order, their text joined (a space where a block starts or ends). */
function textRuns(nodes: ElementContent[]): {text: string; runs: Run[]} {
  let text = ''
  const runs: Run[] = []
  const walk = (children: ElementContent[], parent: Run['parent']) => {
    for (const child of children) {
      if (child.type === 'text') {
        runs.push({node: child, parent, offset: text.length})
        text += child.value
      } else if (child.type === 'element' && !SKIPPED.has(child.tagName)) {
        const block = !INLINE.has(child.tagName)
        if (block) text += ' '
        walk(child.children, child)
        if (block) text += ' '
      }
    }
  }
  walk(nodes, {children: nodes})
  return {text, runs}
}

function indexOfWords(words: string[], wanted: string[], from: number): number {
  outer: for (let at = Math.max(0, from); at + wanted.length <= words.length; at++) {
    for (let k = 0; k < wanted.length; k++) if (words[at + k] !== wanted[k]) continue outer
    return at
  }
  return -1
}

/**
 * Where the passage's words are among the rendered words: from the first
 * place its opening words stand to the place its closing words stand nearest
 * to the passage's length after it. Null where rendering dropped them (a
 * passage inside a link's address).
 */
function locate(words: string[], passage: string[]): {from: number; to: number} | null {
  const anchor = Math.min(ANCHOR, passage.length)
  if (anchor === 0) return null
  const from = indexOfWords(words, passage.slice(0, anchor), 0)
  if (from === -1) return null
  const closing = passage.slice(-anchor)
  let best = -1
  for (let at = indexOfWords(words, closing, from); at !== -1; at = indexOfWords(words, closing, at + 1)) {
    if (best === -1 || Math.abs(at + anchor - from - passage.length) < Math.abs(best + anchor - from - passage.length)) best = at
  }
  return best === -1 ? null : {from, to: best + anchor}
}

/**
 * Marks each passage in `nodes` (an answer's rendered nodes, changed in
 * place): overlapping passages make one mark, which names every report it is
 * shared with in `data-shared-with`. Returns how many passages were found.
 */
export function markSharedPassages(nodes: ElementContent[], marks: SharedMark[]): number {
  if (marks.length === 0) return 0
  const {text, runs} = textRuns(nodes)
  const spans = wordSpans(text)
  const words = spans.map((span) => span.word)
  const found: Array<{start: number; end: number; labels: string[]}> = []
  for (const mark of marks) {
    const at = locate(
      words,
      wordSpans(mark.passage).map((span) => span.word)
    )
    if (at) found.push({start: spans[at.from]!.start, end: spans[at.to - 1]!.end, labels: [mark.other.label]})
  }
  // Overlapping passages as one: a mark inside a mark would say less, not more.
  found.sort((a, b) => a.start - b.start)
  const merged: typeof found = []
  for (const range of found) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end)
      for (const label of range.labels) if (!last.labels.includes(label)) last.labels.push(label)
    } else merged.push({...range, labels: [...range.labels]})
  }
  for (const run of runs) {
    const value = run.node.value
    const pieces: ElementContent[] = []
    let at = 0
    for (const range of merged) {
      const start = Math.max(range.start - run.offset, 0)
      const end = Math.min(range.end - run.offset, value.length)
      // Only text with a word in it: whitespace between blocks (in a list, a table) takes no element.
      if (start >= end || !/[\p{L}\p{N}]/u.test(value.slice(start, end))) continue
      if (start > at) pieces.push({type: 'text', value: value.slice(at, start)})
      pieces.push(h('mark', {className: ['shared-passage'], dataSharedWith: range.labels.join(', ')}, value.slice(start, end)))
      at = end
    }
    if (pieces.length === 0) continue
    if (at < value.length) pieces.push({type: 'text', value: value.slice(at)})
    const siblings = run.parent.children as ElementContent[]
    siblings.splice(siblings.indexOf(run.node), 1, ...pieces)
  }
  return found.length
}

/** "Shares a passage with group_7 (52 words) and 2024/group_3 (44 words), marked in the answer…": the verdict box's note. */
export function sharedNote(marks: SharedMark[]): Element {
  const text = (value: string): Text => ({type: 'text', value})
  const parts: ElementContent[] = [text('Shares a passage with ')]
  marks.forEach((mark, index) => {
    if (index > 0) parts.push(text(index === marks.length - 1 ? ' and ' : ', '))
    parts.push(mark.other.href ? h('a', {href: mark.other.href}, mark.other.label) : h('cite', mark.other.label), text(` (${mark.sharedWords} words)`))
  })
  parts.push(text(', marked in the answer. Shared text, not a judgement: read both.'))
  return h('p', {className: ['shared-note']}, parts)
}
