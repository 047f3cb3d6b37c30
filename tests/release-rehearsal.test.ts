/**
 * `npm run release:rehearse`, as CI runs it before any release: the real
 * publish step against a throwaway registry, then every channel installed
 * from it as users do (scripts/release-rehearse.mjs checks each). The longest
 * test file: vitest.config.ts starts it first.
 */

import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from './support/git-repo.js'
import {repoRoot} from './support/shared.js'

const scripts = join(repoRoot, 'scripts')
const {releasePackages, suiteVersion} = (await import(join(scripts, 'release-packages.mjs'))) as {
  releasePackages: () => Array<{name: string}>
  suiteVersion: () => string
}
const version = suiteVersion()
const hasPreCommit = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'}).status === 0

describe.skipIf(!hasPreCommit && !process.env.CI)('npm run release:rehearse', () => {
  it('publishes with the release step to a throwaway registry, and every channel installs and works from it', () => {
    const rehearsal = run('node', [join(scripts, 'release-rehearse.mjs')], repoRoot)
    // What each step took, in the test's output.
    console.log(rehearsal.stdout.trim())
    expect(rehearsal.status, rehearsal.output).toBe(0)
    for (const step of ['cli', 'remark', 'language-server', 'site', 'plugin', 'pre-commit']) expect(rehearsal.stdout).toContain(`rehearsal: ok ${step} `)
    expect(rehearsal.stdout).toContain(`rehearsal: published ${releasePackages().length} packages at ${version}`)
  }, 900_000)
})
