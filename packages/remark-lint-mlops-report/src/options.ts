import {type ConstraintSource, describePythonMarkdownVersions, type Generation, isPythonMarkdownVersion, type PythonMarkdownVersion} from '@mlops-report/core'
import type {VFile} from 'vfile'

/** Options every rule takes; they choose how the core reads the report. */
export interface RuleOptions {
  /** `official` (default): the course's tables. `text`: each question's limits read from its own wording. */
  constraints?: ConstraintSource | null | undefined
  /** Check as the 31- or 27-question template instead of the one the report shows. */
  generation?: Generation | null | undefined
  /** The Python-Markdown release the graders' hand-in is judged under: `'3.7'` (default), `'3.10'` or `'3.4-debian'`. */
  pythonMarkdown?: PythonMarkdownVersion | null | undefined
}

const known = new Set(['constraints', 'generation', 'pythonMarkdown'])

/** The options, or `file.fail` with what was wrong, as remark-lint's own rules do. */
export function validateOptions(file: VFile, ruleId: string, options: unknown): RuleOptions {
  if (options === null || options === undefined) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    file.fail(`Unexpected value \`${JSON.stringify(options)}\` for \`${ruleId}\` options, expected an object such as \`{constraints: 'text'}\``)
  }
  const given = options as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!known.has(key)) file.fail(`Unexpected option \`${key}\` for \`${ruleId}\`, expected \`constraints\`, \`generation\` or \`pythonMarkdown\``)
  }
  const {constraints, generation, pythonMarkdown} = given
  if (constraints !== undefined && constraints !== null && constraints !== 'official' && constraints !== 'text') {
    file.fail(`Unexpected value \`${JSON.stringify(constraints)}\` for \`constraints\` in \`${ruleId}\`, expected \`'official'\` or \`'text'\``)
  }
  if (generation !== undefined && generation !== null && generation !== 31 && generation !== 27) {
    file.fail(`Unexpected value \`${JSON.stringify(generation)}\` for \`generation\` in \`${ruleId}\`, expected \`31\` or \`27\``)
  }
  if (pythonMarkdown !== undefined && pythonMarkdown !== null && !isPythonMarkdownVersion(pythonMarkdown)) {
    file.fail(`Unexpected value \`${JSON.stringify(pythonMarkdown)}\` for \`pythonMarkdown\` in \`${ruleId}\`, expected ${describePythonMarkdownVersions()}`)
  }
  const valid: RuleOptions = {}
  if (constraints) valid.constraints = constraints as ConstraintSource
  if (generation) valid.generation = generation as Generation
  if (pythonMarkdown) valid.pythonMarkdown = pythonMarkdown as PythonMarkdownVersion
  return valid
}
