/**
 * Whether remark's own configuration has a say over a file: a `.remarkrc*`,
 * a `package.json` with `remarkConfig` or a `.remarkignore` in its folder or
 * any above it (where unified-engine looks), or a `<!-- lint … -->` comment
 * in it (remark-lint's message control). Without any, the server presents
 * the core's findings itself, as `mlops-report check` does, and spares every
 * keystroke remark's parse.
 */

import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'

const rcNames = ['.remarkrc', '.remarkrc.json', '.remarkrc.cjs', '.remarkrc.mjs', '.remarkrc.js', '.remarkrc.yaml', '.remarkrc.yml', '.remarkignore']

const lintComment = /<!--\s*lint\b/

function hasRemarkConfig(packageFile: string): boolean {
  try {
    return 'remarkConfig' in (JSON.parse(readFileSync(packageFile, 'utf8')) as object)
  } catch {
    // Unreadable or not JSON: unified-engine reports that itself.
    return true
  }
}

export function remarkConfigurationApplies(path: string, text: string): boolean {
  if (lintComment.test(text)) return true
  for (let folder = dirname(path); ; ) {
    if (rcNames.some((name) => existsSync(join(folder, name)))) return true
    const packageFile = join(folder, 'package.json')
    if (existsSync(packageFile) && hasRemarkConfig(packageFile)) return true
    const parent = dirname(folder)
    if (parent === folder) return false
    folder = parent
  }
}
