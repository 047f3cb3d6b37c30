/**
 * Vitest's global setup for the e2e project: starts `npm run release:rehearse`
 * (scripts/release-rehearse.mjs) in the background as the run begins. It
 * mostly waits on npm installing from its throwaway registry, so it runs
 * beside the two test workers instead of holding one for six minutes;
 * tests/release-rehearsal.test.ts, sequenced last, waits for it and checks
 * what it printed. Started only when the run may include that file: a full
 * run, or one whose filters name it.
 */

import {spawn, spawnSync} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {TestProject} from 'vitest/node'
import {repoRoot} from './shared.js'

export interface BackgroundRehearsal {
  /** Everything the rehearsal printed, so far. */
  log: string
  /** Written with its exit code when it ends. */
  statusFile: string
}

declare module 'vitest' {
  interface ProvidedContext {
    rehearsal: BackgroundRehearsal | null
  }
}

/** Options of `vitest run` whose next argument is their value, not a file filter. */
const takesValue = new Set([
  '--project',
  '--reporter',
  '--exclude',
  '-t',
  '--testNamePattern',
  '--maxWorkers',
  '--shard',
  '--config',
  '-c',
  '--root',
  '-r',
  '--dir',
  '--outputFile'
])

function runMayIncludeRehearsal(argv: string[]): boolean {
  const filters: string[] = []
  const args = argv.slice(argv.indexOf('run') === -1 ? 2 : argv.indexOf('run') + 1)
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg.startsWith('-')) {
      if (takesValue.has(arg)) index++
      continue
    }
    filters.push(arg)
  }
  return filters.length === 0 || filters.some((filter) => 'tests/release-rehearsal.test.ts'.includes(filter) || filter.includes('rehears'))
}

export default function startRehearsal(project: TestProject): (() => void) | undefined {
  const hasPreCommit = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'}).status === 0
  if ((!hasPreCommit && !process.env.CI) || !runMayIncludeRehearsal(process.argv)) {
    project.provide('rehearsal', null)
    return undefined
  }
  const folder = mkdtempSync(join(tmpdir(), 'mlops-report-rehearsal-run-'))
  const log = join(folder, 'output.log')
  const statusFile = join(folder, 'status')
  const output = openSync(log, 'w')
  const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'release-rehearse.mjs')], {cwd: repoRoot, stdio: ['ignore', output, output]})
  closeSync(output)
  child.on('exit', (code, signal) => writeFileSync(statusFile, String(code ?? signal)))
  project.provide('rehearsal', {log, statusFile})
  return () => {
    // A run that ended first (filtered, or stopped) leaves no registry or installs behind.
    if (child.exitCode === null && child.signalCode === null) child.kill()
    rmSync(folder, {recursive: true, force: true})
  }
}
