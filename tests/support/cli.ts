import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {join} from 'node:path'
import {repoRoot} from './shared.js'

/** The installed bin, as a user runs it after setup. */
export const cliBin = join(repoRoot, 'tests', 'node_modules', '.bin', 'mlops-report')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs a command (the mlops-report bin unless `bin` says otherwise) to completion. */
export function runCli(args: string[], options: SpawnSyncOptions = {}, bin = cliBin): CliRun {
  const result = spawnSync(bin, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options})
  if (result.error) throw result.error
  return {status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}
