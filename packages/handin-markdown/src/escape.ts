/** `util.code_escape`: `&`, `<` and `>` as entities, quotes left alone. */
export function escapeCode(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
