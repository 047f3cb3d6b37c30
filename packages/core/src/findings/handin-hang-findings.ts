/**
 * HTML comments closed with `--` + space + `>` (`-- >`), which every
 * Python-Markdown release reads its own way, and GitHub another:
 *
 * - Debian's 3.4.1 (its security patch, like upstream 3.9.0) never finishes:
 *   Python's `html.parser` takes `-- >` as the comment's end, Python-Markdown
 *   then checks for a plain `-->`, and when it is not one it starts reading
 *   again near the beginning of the text, forever. A comment at the very
 *   start of what it reads is the one place this ends. No hand-in is made:
 *   `handin-hangs`, an error.
 * - 3.7 takes the comment as ended at `-- >` and hides it. GitHub ends a
 *   comment only at `-->`: inside a paragraph it shows `<!-- … -- >` as text,
 *   and a comment that starts a line hides everything after it up to the next
 *   `-->` (or the end of the block that holds it). `handin-rendering` where
 *   that shows: always inside a paragraph, after a block's start where text
 *   follows before the next `-->`.
 * - 3.10 ends a comment only at `-->` or `--!>` anywhere after it, and shows
 *   one that never ends as text, as GitHub does inside a paragraph; one that
 *   starts a line GitHub hides with everything after it. `handin-rendering`
 *   for that case only.
 *
 * Inside a `<script>` or `<style>` block (one that starts a line) the parser
 * reads no comments, so none counts there. Not followed: the muddled state
 * Debian's release reads on in after such a comment, in which an inline
 * `<script>` can end the loop (tests/handin-markdown.test.ts compares with
 * the renderer).
 */

import {type PythonMarkdownVersion, pythonMarkdownVersionNames} from '@mlops-report/handin-markdown/versions'
import type {Draft} from '../finding.js'
import {codePointOffset, SPACE} from '../python-semantics.js'
import type {QuestionSection} from '../report-structure.js'
import {rules} from '../rules.js'

/** `_markupbase`'s comment close, `--\s*>`, with Python's `\s`. */
const COMMENT_CLOSE = new RegExp(`--[${SPACE}]*>`, 'g')
/** Comments as Python's parser reads them, which the hand-in hides too. */
const COMMENTS_AS_PYTHON_READS_THEM = new RegExp(`<!--[^]*?--[${SPACE}]*>`, 'g')
/** What Python-Markdown 3.10 takes as a comment's end. */
const PLAIN_CLOSE = /--!?>/g
/** A comment's start, or a `<script>`/`<style>` block's, whose content the parser reads as plain text. */
const COMMENT_OR_RAW_TEXT = /<!--|(?<![^\n]) {0,3}<(script|style)(?=[\s/>])/gi
/** Where GitHub starts an HTML block with a comment: a line's start, after quote and list markers and up to three spaces. */
const BLOCK_COMMENT_BEFORE = /(?:^|\n)(?: {0,3}(?:>|[-*+]|\d{1,9}[.)])(?: |$))* {0,3}$/

const NOTE = 'Close the comment with `-->`, no space or line break before `>`.'

export function handinHangFindings(text: string, questions: readonly QuestionSection[], version: PythonMarkdownVersion): Draft[] {
  const drafts: Draft[] = []
  const name = pythonMarkdownVersionNames[version]
  // report.py html drops the first 43 characters; its Python-Markdown reads from there.
  const start = codePointOffset(text, 43)
  // Where an HTML block GitHub opened with a comment hides the text, up to the next `-->`.
  let hiddenOnGithubUntil = -1
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
    if (close[0] === '-->') continue
    const shown = close[0].replaceAll('\n', '\\n')
    const lineStart = text.lastIndexOf('\n', open - 1) + 1
    const startsBlock = BLOCK_COMMENT_BEFORE.test(text.slice(lineStart === 0 ? 0 : lineStart - 1, open))
    if (version !== '3.4-debian' && open < hiddenOnGithubUntil) continue
    const nextPlainClose = text.indexOf('-->', end)
    if (startsBlock) hiddenOnGithubUntil = nextPlainClose === -1 ? text.length : nextPlainClose
    const question = questions.find((section) => open >= section.heading.start && open < section.sectionEnd)?.number ?? null
    const draft = {official: false, question, start: close.index, end, note: NOTE, actual: close[0], expected: '-->'}
    if (version === '3.4-debian') {
      if (open === start) continue
      drafts.push({
        ...draft,
        ruleId: 'handin-hangs',
        severity: rules['handin-hangs'].severity,
        message: `The course's \`report.py html\` never finishes on this comment under ${name}: it ends with \`${shown}\`, and Python-Markdown then reads the text again and again`
      })
      continue
    }
    const github = startsBlock
      ? 'GitHub does not end a comment at it and hides everything after it up to the next `-->` (or the end of the block that holds it)'
      : 'GitHub does not end a comment at it and shows the comment as text'
    if (version === '3.7') {
      // A comment that starts a block differs only where GitHub hides text after it that the hand-in shows.
      const hiddenByGithub = text.slice(end, nextPlainClose === -1 ? text.length : nextPlainClose)
      if (startsBlock && !/[\p{L}\p{N}]/u.test(hiddenByGithub.replace(COMMENTS_AS_PYTHON_READS_THEM, ''))) continue
      drafts.push({
        ...draft,
        ruleId: 'handin-rendering',
        severity: rules['handin-rendering'].severity,
        message: `Comment closed with \`${shown}\`: under ${name} the hand-in ends and hides the comment there; ${github}`
      })
      continue
    }
    // 3.10: the comment runs to the next `-->` or `--!>`, as GitHub's does; without one it is text, as in GitHub's paragraph.
    PLAIN_CLOSE.lastIndex = open + 4
    if (!startsBlock || PLAIN_CLOSE.test(text)) continue
    drafts.push({
      ...draft,
      ruleId: 'handin-rendering',
      severity: rules['handin-rendering'].severity,
      message: `Comment closed with \`${shown}\`: under ${name} the hand-in shows it as text (no \`-->\` follows); ${github}`
    })
  }
  return drafts
}
