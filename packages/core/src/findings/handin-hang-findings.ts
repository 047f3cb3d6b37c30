/**
 * An HTML comment that the course's `report.py html` never gets past.
 * Python-Markdown 3.4 reads raw HTML with Python's `html.parser`, which takes
 * the first `--` + whitespace + `>` after `<!--` as the comment's end;
 * Python-Markdown then checks for a plain `-->`, and when it is not one it
 * starts reading again near the beginning of the text, forever. A comment at
 * the very start of what it reads is the one place this ends. Inside a
 * `<script>` or `<style>` block (one that starts a line) the parser reads no
 * comments, so none counts there. Not followed: the muddled state Python-
 * Markdown reads on in after such a comment, in which an inline `<script>` can
 * end the loop (tests/handin-markdown.test.ts compares with the renderer).
 */

import type {Draft} from '../finding.js'
import {codePointOffset, SPACE} from '../python-semantics.js'
import type {QuestionSection} from '../report-structure.js'

/** `_markupbase`'s comment close, `--\s*>`, with Python's `\s`. */
const COMMENT_CLOSE = new RegExp(`--[${SPACE}]*>`, 'g')
/** A comment's start, or a `<script>`/`<style>` block's, whose content the parser reads as plain text. */
const COMMENT_OR_RAW_TEXT = /<!--|(?<![^\n]) {0,3}<(script|style)(?=[\s/>])/gi

export function handinHangFindings(text: string, questions: readonly QuestionSection[]): Draft[] {
  const drafts: Draft[] = []
  // report.py html drops the first 43 characters; its Python-Markdown reads from there.
  const start = codePointOffset(text, 43)
  COMMENT_OR_RAW_TEXT.lastIndex = start
  for (let found = COMMENT_OR_RAW_TEXT.exec(text); found; found = COMMENT_OR_RAW_TEXT.exec(text)) {
    const tag = found[1]
    if (tag) {
      const close = new RegExp(`</${tag}[${SPACE}]*>`, 'gi')
      close.lastIndex = found.index
      if (!close.exec(text)) break
      COMMENT_OR_RAW_TEXT.lastIndex = close.lastIndex
      continue
    }
    const open = found.index
    COMMENT_CLOSE.lastIndex = open + 4
    const close = COMMENT_CLOSE.exec(text)
    if (!close) break
    const end = close.index + close[0].length
    COMMENT_OR_RAW_TEXT.lastIndex = end
    if (close[0] === '-->' || open === start) continue
    drafts.push({
      ruleId: 'handin-hangs',
      severity: 'error',
      official: false,
      question: questions.find((section) => open >= section.heading.start && open < section.sectionEnd)?.number ?? null,
      start: close.index,
      end,
      message: `The course's \`report.py html\` never finishes on this comment: it ends with \`${close[0].replaceAll('\n', '\\n')}\`, and Python-Markdown 3.4 then reads the text again and again`,
      note: 'Close the comment with `-->`, no space or line break before `>`.',
      actual: close[0],
      expected: '-->'
    })
  }
  return drafts
}
