/**
 * The Python-Markdown releases the renderer follows, and how each is named.
 * Kept apart from the renderer so that a checker can name and validate a
 * version without loading the port (the package exports it as `./versions`).
 */

/** The versions there are, newest last but Debian's: what options and flags accept. */
export const pythonMarkdownVersions = ['3.7', '3.10', '3.4-debian'] as const

export type PythonMarkdownVersion = (typeof pythonMarkdownVersions)[number]

/** The course's grading tools pin `markdown==3.7`: the graders' page is 3.7's. */
export const defaultPythonMarkdownVersion: PythonMarkdownVersion = '3.7'

/** How messages name each version: the release the port was compared with. */
export const pythonMarkdownVersionNames: Readonly<Record<PythonMarkdownVersion, string>> = {
  '3.7': 'Python-Markdown 3.7',
  '3.10': 'Python-Markdown 3.10.3',
  '3.4-debian': "Debian's Python-Markdown 3.4.1"
}

/** Other spellings users may give: the full release numbers. */
const aliases: Readonly<Record<string, PythonMarkdownVersion>> = {
  '3.7.0': '3.7',
  '3.10.3': '3.10',
  '3.4.1-debian': '3.4-debian'
}

/** An unknown version given where one is chosen; the message names the ones there are. */
export class UnknownPythonMarkdownVersion extends RangeError {
  override name = 'UnknownPythonMarkdownVersion'

  constructor(readonly given: unknown) {
    super(`Unknown Python-Markdown version ${JSON.stringify(given)}: expected ${describeVersions()}`)
  }
}

/** `'3.7' (the default), '3.10' or '3.4-debian'`, for messages and usage texts. */
export function describeVersions(): string {
  const names = pythonMarkdownVersions.map((version) => `'${version}'${version === defaultPythonMarkdownVersion ? ' (the default)' : ''}`)
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

export function isPythonMarkdownVersion(value: unknown): value is PythonMarkdownVersion {
  return typeof value === 'string' && (pythonMarkdownVersions as readonly string[]).includes(value)
}

/** The version `value` names (undefined or null: the default); throws `UnknownPythonMarkdownVersion` for anything else. */
export function parsePythonMarkdownVersion(value: unknown): PythonMarkdownVersion {
  if (value === undefined || value === null) return defaultPythonMarkdownVersion
  if (isPythonMarkdownVersion(value)) return value
  if (typeof value === 'string' && Object.hasOwn(aliases, value)) return aliases[value]!
  throw new UnknownPythonMarkdownVersion(value)
}
