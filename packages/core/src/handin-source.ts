import {codePointOffset} from './python-semantics.js'

/**
 * The text the course's `report.py html` gives Python-Markdown: the file read
 * with universal newlines, its first 43 characters dropped (so the page starts
 * with a stray `Operations`).
 */
export function handinSource(text: string): string {
  const universal = text.replace(/\r\n?/g, '\n')
  return universal.slice(codePointOffset(universal, 43))
}
