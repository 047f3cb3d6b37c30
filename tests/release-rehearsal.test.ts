/**
 * `npm run release:rehearse`, as CI runs it before any release: the real
 * publish step against a throwaway registry, then every channel installed
 * from it as users do (scripts/release-rehearse.mjs checks each). It runs in
 * the background from the start of the test run
 * (support/rehearsal-in-background.ts); this file, sequenced last, waits for
 * it. Run on its own, it runs the rehearsal itself.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, inject, it} from 'vitest'
import {run} from './support/git-repo.js'
import {repoRoot} from './support/shared.js'

const scripts = join(repoRoot, 'scripts')
const {releasePackages, suiteVersion} = (await import(join(scripts, 'release-packages.mjs'))) as {
  releasePackages: () => Array<{name: string}>
  suiteVersion: () => string
}
const version = suiteVersion()
const hasPreCommit = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'}).status === 0

/** The rehearsal's exit code and output: the one started with the run, or one run now. */
async function rehearse(): Promise<{status: number | null; stdout: string}> {
  const background = inject('rehearsal')
  if (!background) {
    const rehearsal = run('node', [join(scripts, 'release-rehearse.mjs')], repoRoot)
    return {status: rehearsal.status, stdout: rehearsal.output}
  }
  while (!existsSync(background.statusFile)) await new Promise((resolve) => setTimeout(resolve, 1000))
  return {status: Number(readFileSync(background.statusFile, 'utf8')), stdout: readFileSync(background.log, 'utf8')}
}

describe.skipIf(!hasPreCommit && !process.env.CI)('npm run release:rehearse', () => {
  it('publishes with the release step to a throwaway registry, and every channel installs and works from it', async () => {
    const rehearsal = await rehearse()
    // What each step took, in the test's output.
    console.log(rehearsal.stdout.trim())
    expect(rehearsal.status, rehearsal.stdout).toBe(0)
    for (const step of ['cli', 'remark', 'language-server', 'site', 'plugin', 'pre-commit']) expect(rehearsal.stdout).toContain(`rehearsal: ok ${step} `)
    expect(rehearsal.stdout).toContain(`rehearsal: published ${releasePackages().length} packages at ${version}`)
  }, 900_000)
})
