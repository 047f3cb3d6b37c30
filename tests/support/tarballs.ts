/**
 * Our packages as the release publishes them: packed by pnpm, once per test
 * file, for tests that install them from files (the release rehearsal
 * installs them from a registry).
 */

import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {run} from './git-repo.js'
import {repoRoot} from './shared.js'
import {tempDir} from './temp.js'

/** Tarball path by package name (`packages` are folders under packages/), e.g. `mlops-report` → /tmp/…/mlops-report-0.1.0.tgz. */
export function packTarballs(packages: readonly string[]): Map<string, string> {
  const folder = tempDir('mlops-report-pack-', {forFile: true})
  for (const name of packages) {
    // Built already by the test command, so no prepack; pnpm packs as the release does
    // (npm walks the linked workspace's node_modules first: 6 s for the CLI against 0.8 s).
    const packed = run('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', folder], join(repoRoot, 'packages', name))
    if (packed.status !== 0) throw new Error(`pnpm pack ${name} failed:\n${packed.output}`)
  }
  const tarballs = new Map<string, string>()
  for (const file of readdirSync(folder)) {
    const name = file.replace(/-\d+\.\d+\.\d+\.tgz$/, '').replace(/^mlops-report-(core|handin-markdown|report-files|report-html)$/, '@mlops-report/$1')
    tarballs.set(name, join(folder, file))
  }
  return tarballs
}
