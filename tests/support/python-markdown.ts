/**
 * The real Python-Markdown, run as the course's report.py runs it: Debian's
 * python3-markdown for `3.4-debian`, and Python-Markdown's own sources in
 * ../shared/oracles/python-markdown/<release> (put first on PYTHONPATH) for
 * the others.
 */

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {PythonMarkdownVersion} from '@mlops-report/handin-markdown'
import {sharedDir, sharedPresent} from './shared.js'

/** Debian's interpreter, where apt puts python3-markdown; the other releases are put ahead of it on PYTHONPATH. */
export const graderPython = '/usr/bin/python3'

/** The release of each version whose sources are in ../shared; Debian's is the system package. */
const oracleReleases: Record<PythonMarkdownVersion, string | null> = {'3.7': '3.7', '3.10': '3.10.3', '3.4-debian': null}

/** The environment in which `import markdown` gives `version`. */
export function oracleEnvironment(version: PythonMarkdownVersion): NodeJS.ProcessEnv {
  const release = oracleReleases[version]
  if (release === null) return {...process.env, PYTHONPATH: ''}
  return {...process.env, PYTHONPATH: join(sharedDir, 'oracles', 'python-markdown', release)}
}

/** Whether the real renderer of `version` can be run here. */
export function oraclePresent(version: PythonMarkdownVersion): boolean {
  const release = oracleReleases[version]
  if (release !== null && !existsSync(join(sharedDir, 'oracles', 'python-markdown', release, 'markdown'))) return false
  const expected = release ?? '3.4.1'
  const result = spawnSync(graderPython, ['-c', 'import markdown; print(markdown.__version__)'], {encoding: 'utf8', env: oracleEnvironment(version)})
  return result.status === 0 && result.stdout.trim() === expected
}

// Tests skip a release whose renderer cannot be run here; under CI (with ../shared beside it) each one must be there.
if (process.env.CI && sharedPresent) {
  const missing = (Object.keys(oracleReleases) as PythonMarkdownVersion[]).filter((version) => !oraclePresent(version))
  if (missing.length > 0)
    throw new Error(`Python-Markdown ${missing.join(', ')} cannot be run: python3, python3-markdown or ../shared/oracles/python-markdown is missing`)
}

/**
 * Python-Markdown's renderings of `texts` under `version`; null where it gives
 * no page (no end within `cpuSeconds` of CPU time, a RecursionError, or any
 * other exception).
 */
export function renderWithPythonMarkdown(texts: string[], version: PythonMarkdownVersion = '3.4-debian', {cpuSeconds = 5} = {}): Array<string | null> {
  const script = fileURLToPath(new URL('python_markdown.py', import.meta.url))
  const result = spawnSync(graderPython, [script, String(cpuSeconds)], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: oracleEnvironment(version)
  })
  if (result.status !== 0) throw new Error(`Python-Markdown ${version} failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Array<string | null>
}

/** What `report.py html` makes of the file at `path` under `version`: the file read as Python reads it, 43 characters dropped. */
export function handinOfFile(path: string, version: PythonMarkdownVersion = '3.4-debian'): string {
  const program = 'import sys, markdown\nsys.stdout.write(markdown.markdown(open(sys.argv[1], encoding="utf-8").read()[43:]))'
  const result = spawnSync(graderPython, ['-c', program, path], {encoding: 'utf8', env: oracleEnvironment(version)})
  if (result.status !== 0) throw new Error(`Python-Markdown ${version} failed: ${result.stderr}`)
  return result.stdout
}
