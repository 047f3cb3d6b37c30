import {createRequire} from 'node:module'

/**
 * V8's settings for checking many reports in this process; each was measured
 * with bench/cli-startup.mjs, under the Node that has that V8. Most of what a
 * batch costs beyond Node's own start is fresh memory: on small virtual
 * machines every page first touched costs microseconds.
 * - Tier up later: TurboFan's compile jobs touch thousands of fresh pages for
 *   code that runs a few hundred milliseconds; a long batch still gets
 *   optimised code, only later. V8 11 (Node 20) counts a budget of bytecode
 *   run; V8 12 and 13 (Node 22, 24) count calls, and Maglev (on in Node 24)
 *   is held back too.
 * - Keep the young generation at its first size: a check holds one report at
 *   a time, so a larger one buys fewer collections at the price of new pages.
 * - Scavenge it on this thread alone: a collection of so small a generation
 *   takes less time than handing it out to helper threads and waiting for them.
 * A V8 not measured gets none: V8 prints an error for a flag it does not know,
 * and its flags come and go (Node 22 has no `--interrupt-budget`).
 */
export function batchFlags(v8Version: string = process.versions.v8): string | null {
  const major = Number.parseInt(v8Version, 10)
  const youngGeneration = '--semi-space-growth-factor=1 --no-parallel-scavenge'
  if (major === 11) return `--interrupt-budget=500000 ${youngGeneration}`
  if (major === 12 || major === 13) return `--invocation-count-for-turbofan=22000 --invocation-count-for-maglev=3000 ${youngGeneration}`
  return null
}

/**
 * Sets V8 up for a batch (see batchFlags). A single report skips this:
 * loading `node:v8` costs more than it saves. For the process only, never
 * for a program that imports the CLI. Set after the CLI's code came from the
 * compile cache (compile-cache.ts), they do not make V8 turn that cache down:
 * it checks the flags once, when reading it.
 */
export function prepareRuntimeForBatch(): void {
  const flags = batchFlags()
  if (flags === null) return
  // Loaded on demand: `node:v8` brings Node's stream modules with it.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  v8.setFlagsFromString(flags)
}
