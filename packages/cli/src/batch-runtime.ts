import {createRequire} from 'node:module'

/**
 * Sets V8 up for checking many reports in this process; each setting was
 * measured with bench/cli-startup.mjs. Most of what a batch costs beyond
 * Node's own start is fresh memory: on small virtual machines every page
 * first touched costs microseconds.
 * - Tier up later: TurboFan's compile jobs touch thousands of fresh pages for
 *   code that runs a few hundred milliseconds; a long batch still gets
 *   optimised code, only later.
 * - Keep the young generation at its first size: a check holds one report at
 *   a time, so a larger one buys fewer collections at the price of new pages.
 * - Scavenge it on this thread alone: a collection of so small a generation
 *   takes less time than handing it out to helper threads and waiting for them.
 * A single report skips this: loading `node:v8` costs more than it saves.
 * For the process only, never for a program that imports the CLI. Set after
 * the CLI's code came from the compile cache (compile-cache.ts), they do not
 * make V8 turn that cache down: it checks the flags once, when reading it.
 */
export function prepareRuntimeForBatch(): void {
  // Loaded on demand: `node:v8` brings Node's stream modules with it.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  v8.setFlagsFromString('--interrupt-budget=500000 --semi-space-growth-factor=1 --no-parallel-scavenge')
}
