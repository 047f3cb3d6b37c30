/**
 * What a user can set for the server: in VS Code the `mlops-report.*`
 * settings, in other editors the `mlops-report` section of their LSP
 * settings or the initialization options. A workspace `.remarkrc*` that
 * gives the preset's rules options wins over these.
 */

import {isPythonMarkdownVersion, type PythonMarkdownVersion} from '@mlops-report/core'

export interface Settings {
  /** The Python-Markdown release the graders' hand-in is judged under; the core's default (3.7) when unset. */
  pythonMarkdown: PythonMarkdownVersion | undefined
  /** Warnings shown as errors, as `mlops-report check --strict` fails on them. */
  strict: boolean
  /** Check only files that a `.remarkrc*` or `remarkConfig` applies to (as remark-cli's `--rc-path`-less runs with `ignoreUnconfigured`). */
  requireConfig: boolean
  /** An ignore file (as `.remarkignore`), relative to the workspace folder. */
  ignorePath: string | undefined
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
}

export const defaultSettings: Settings = {
  pythonMarkdown: undefined,
  strict: false,
  requireConfig: false,
  ignorePath: undefined,
  ignorePathResolveFrom: undefined
}

/** Settings from whatever the client sent, with a problem for each value that was not understood. */
export function readSettings(raw: unknown): {settings: Settings; problems: string[]} {
  const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const problems: string[] = []
  let pythonMarkdown: PythonMarkdownVersion | undefined
  if (given.pythonMarkdown !== undefined && given.pythonMarkdown !== null && given.pythonMarkdown !== '') {
    if (isPythonMarkdownVersion(given.pythonMarkdown)) pythonMarkdown = given.pythonMarkdown
    else
      problems.push(`mlops-report.pythonMarkdown: ${JSON.stringify(given.pythonMarkdown)} is not a release the hand-in can be judged under; using the default`)
  }
  return {
    settings: {
      pythonMarkdown,
      strict: given.strict === true,
      requireConfig: given.requireConfig === true,
      ignorePath: typeof given.ignorePath === 'string' && given.ignorePath !== '' ? given.ignorePath : undefined,
      ignorePathResolveFrom: given.ignorePathResolveFrom === 'cwd' || given.ignorePathResolveFrom === 'dir' ? given.ignorePathResolveFrom : undefined
    },
    problems
  }
}
