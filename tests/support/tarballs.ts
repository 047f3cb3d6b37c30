/**
 * Our packages as npm would publish them: `npm pack` of each, once per test
 * file. Nothing of ours comes from the registry in the tests.
 */

import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {run} from './git-repo.js'
import {repoRoot} from './shared.js'
import {tempDir} from './temp.js'

export const publishable = [
  'core',
  'handin-markdown',
  'report-files',
  'report-html',
  'cli',
  'remark-lint-mlops-report',
  'remark-preset-lint-mlops-report',
  'language-server'
] as const

/** Tarball path by package name (`packages` are folders under packages/), e.g. `mlops-report` → /tmp/…/mlops-report-0.1.0.tgz. */
export function packTarballs(packages: readonly string[] = publishable): Map<string, string> {
  const folder = tempDir('mlops-report-pack-', {forFile: true})
  for (const name of packages) {
    // Built already by the test command; prepack would build again.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], join(repoRoot, 'packages', name))
    if (packed.status !== 0) throw new Error(`npm pack ${name} failed:\n${packed.stderr}`)
  }
  const tarballs = new Map<string, string>()
  for (const file of readdirSync(folder)) {
    const name = file.replace(/-\d+\.\d+\.\d+\.tgz$/, '').replace(/^mlops-report-(core|handin-markdown|report-files|report-html)$/, '@mlops-report/$1')
    tarballs.set(name, join(folder, file))
  }
  return tarballs
}
