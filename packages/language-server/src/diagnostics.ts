/** Lint messages as LSP diagnostics, as unified-language-server has them, plus what only an editor needs said. */

import {isUtf8} from 'node:buffer'
import {readFileSync} from 'node:fs'
import {firstInvalidUtf8} from '@mlops-report/report-files'
import {type Diagnostic, DiagnosticSeverity} from 'vscode-languageserver'
import type {VFileMessage} from 'vfile-message'

export function toDiagnostic(message: VFileMessage, strict: boolean): Diagnostic {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const severity =
    message.fatal === true || (strict && message.fatal === false)
      ? DiagnosticSeverity.Error
      : message.fatal === false
        ? DiagnosticSeverity.Warning
        : DiagnosticSeverity.Information
  const diagnostic: Diagnostic = {
    range: {
      start: {line: (start?.line ?? 1) - 1, character: (start?.column ?? 1) - 1},
      end: {line: (end?.line ?? start?.line ?? 1) - 1, character: (end?.column ?? start?.column ?? 1) - 1}
    },
    message: message.reason,
    severity
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.source) diagnostic.source = message.source
  if (message.url) diagnostic.codeDescription = {href: message.url}
  // remark-lint's `expected`: the replacements an editor offers as quick fixes.
  if (message.expected) diagnostic.data = {expected: message.expected}
  if (message.cause instanceof Error && message.cause.stack) diagnostic.message += `\n${message.cause.stack}`
  if (message.note) diagnostic.message += `\n${message.note}`
  return diagnostic
}

/**
 * The editor shows a file decoded somehow; the graders' script reads the
 * bytes as UTF-8 and stops on the first that is not. Said at that byte's
 * line, from the file as saved.
 */
export function notUtf8Diagnostic(path: string): Diagnostic | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    // Deleted or unreadable while open: the editor's text is all there is.
    return null
  }
  if (isUtf8(bytes)) return null
  const invalid = firstInvalidUtf8(bytes)
  if (invalid === -1) return null
  let line = 0
  for (let index = bytes.indexOf(10); index !== -1 && index < invalid; index = bytes.indexOf(10, index + 1)) line++
  const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')
  return {
    range: {start: {line, character: 0}, end: {line, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: 'mlops-report',
    code: 'not-utf-8',
    message: `The saved file is not valid UTF-8 (byte 0x${byte} on this line): the course checker stops on it. Save it as UTF-8 (VS Code: the encoding in the status bar, "Save with Encoding", UTF-8).`
  }
}

/** Said once, at the top, for a file too large to check as one types. */
export function tooLargeDiagnostic(length: number, limit: number): Diagnostic {
  const megabytes = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Information,
    source: 'mlops-report',
    code: 'too-large',
    message: `This file is ${megabytes(length)}: mlops-report checks files up to ${megabytes(limit)} as you type (a course report is well under 1 MB). Run \`mlops-report check\` on it in a terminal.`
  }
}

/** For `reports/README.md` with no question heading: the template has been changed past recognition. */
export function notAReportDiagnostic(officialError: string | null): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Warning,
    source: 'mlops-report',
    code: 'template-structure',
    message: `This file has no \`### Question N\` heading, so it is not checked as a course report.${officialError ? ` The course checker stops on it: ${officialError}` : ''}`
  }
}
