/** Code actions: each finding's own mend as a quick fix, and every hand-in mend at once as `mlops-report fix` makes them. */

import {type CheckResult, fixReport} from '@mlops-report/core'
import {fileLookupBeside} from '@mlops-report/report-files'
import {type CodeAction, CodeActionKind, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/** The kind editors run on save (`editor.codeActionsOnSave`) and list under "Source Action…". */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.mlops-report`

export const fixAllTitle = 'Fix all hand-in differences'

/** A mend's text in a one-line title: line breaks as ⏎, long text cut. */
function shown(text: string): string {
  const oneLine = text.replace(/\r?\n/g, '⏎')
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine
}

export function quickFixes(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    const expected = (diagnostic.data as {expected?: unknown} | undefined)?.expected
    if (!Array.isArray(expected)) continue
    const actual = document.getText(diagnostic.range)
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const empty = diagnostic.range.start.line === diagnostic.range.end.line && diagnostic.range.start.character === diagnostic.range.end.character
      const title = replacement
        ? empty
          ? `Insert \`${shown(replacement)}\``
          : `Replace \`${shown(actual)}\` with \`${shown(replacement)}\``
        : `Remove \`${shown(actual)}\``
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: expected.length === 1,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
      })
    }
  }
  return actions
}

/**
 * The edit that turns the document into what `mlops-report fix` writes: one
 * replacement spanning the first to the last changed character, so the rest
 * of the document (and the cursor in it) is untouched.
 */
export function fixAllEdits(document: TextDocument, result: CheckResult, path: string | null): TextEdit[] {
  const text = document.getText()
  const fixed = fixReport(text, {pythonMarkdown: result.pythonMarkdown, ...(path ? {files: fileLookupBeside(path)} : {})}).text
  if (fixed === text) return []
  let start = 0
  while (start < text.length && start < fixed.length && text.charCodeAt(start) === fixed.charCodeAt(start)) start++
  let end = 0
  while (end < text.length - start && end < fixed.length - start && text.charCodeAt(text.length - 1 - end) === fixed.charCodeAt(fixed.length - 1 - end)) end++
  return [{range: {start: document.positionAt(start), end: document.positionAt(text.length - end)}, newText: fixed.slice(start, fixed.length - end)}]
}

export function fixAllAction(document: TextDocument, result: CheckResult, path: string | null, kind: string): CodeAction | null {
  const edits = fixAllEdits(document, result, path)
  if (edits.length === 0) return null
  return {title: fixAllTitle, kind, edit: {changes: {[document.uri]: edits}}}
}
