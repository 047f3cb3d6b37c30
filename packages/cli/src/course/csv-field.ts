/**
 * One CSV cell. Students' text (checklist items, error messages quoting
 * them) can start like a spreadsheet formula (`= done`, `@sum`, `+1`): such a
 * cell is prefixed with `'`, as spreadsheets themselves mark a text cell, so
 * that opening the file never runs it.
 */
export function csvField(value: string): string {
  const text = /^(?:[=+@\t\r]|-(?!\d))/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
