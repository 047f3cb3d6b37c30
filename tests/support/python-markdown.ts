/** Debian's python3-markdown, run as the course's report.py runs it. */

import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {graderPython} from './render-compare.js'

/** Python-Markdown's renderings of `texts`; null where it gives no page (no end within 5 seconds, or a RecursionError). */
export function renderWithPythonMarkdown(texts: string[]): Array<string | null> {
  const script = fileURLToPath(new URL('python_markdown.py', import.meta.url))
  const result = spawnSync(graderPython, [script], {input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024})
  if (result.status !== 0) throw new Error(`python3-markdown failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Array<string | null>
}

/** What `report.py html` makes of the file at `path`: the file read as Python reads it, 43 characters dropped. */
export function handinOfFile(path: string): string {
  const program = 'import sys, markdown\nsys.stdout.write(markdown.markdown(open(sys.argv[1], encoding="utf-8").read()[43:]))'
  const result = spawnSync(graderPython, ['-c', program, path], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`python3-markdown failed: ${result.stderr}`)
  return result.stdout
}
