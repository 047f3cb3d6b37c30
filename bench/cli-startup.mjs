#!/usr/bin/env node
/**
 * `mlops-report check` against bare Node startup, side by side.
 *
 * Targets: one check of the seed report ≤ 1.3× `node -e 0`; the whole corpus
 * in one run ≤ 2× `node -e 0`. Runs interleave so that machine noise hits
 * every command alike; ratios are taken round by round (see pairedRatio).
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const shared = join(root, '..', 'shared')
const bin = join(root, 'packages', 'cli', 'bin', 'mlops-report.cjs')
const runs = Number(process.env.BENCH_RUNS ?? 30)

if (!existsSync(join(root, 'packages', 'cli', 'dist', 'mlops-report.cjs'))) {
  console.error('bench: build first (npm run example, or pnpm build)')
  process.exit(2)
}
if (!existsSync(join(shared, 'seed', 'README.md'))) {
  console.error(`bench: ${shared} is missing: the benchmark reads the seed and the corpus from it`)
  process.exit(2)
}

const corpus = readdirSync(join(shared, 'corpus'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(shared, 'corpus', entry.name, 'README.md'))

const commands = {
  'node -e 0': ['-e', '0'],
  'check seed': [bin, 'check', join(shared, 'seed', 'README.md')],
  [`check corpus (${corpus.length} reports)`]: [bin, 'check', ...corpus]
}

function time(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {stdio: 'ignore'})
  if (result.status === null || result.status > 1) throw new Error(`node ${args.join(' ')} exited ${result.status}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}

const names = Object.keys(commands)
const samples = Object.fromEntries(names.map((name) => [name, []]))
for (const args of Object.values(commands)) time(args) // warm the file cache
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(commands)) samples[name].push(time(args))
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const minimum = (values) => Math.min(...values)
const bare = samples['node -e 0']
/**
 * Each round runs every command back to back, so a round's ratio compares
 * runs that met the same machine load; the target is judged on the median of
 * those paired ratios. On a shared machine whose speed changes from second to
 * second, a ratio of two medians taken over different moments swings further.
 */
const pairedRatio = (values) => median(values.map((ms, run) => ms / bare[run]))
const targets = {'check seed': 1.3, [`check corpus (${corpus.length} reports)`]: 2}

console.log(`${runs} rounds, each command once per round\n`)
console.log('command'.padEnd(30), 'median ms'.padStart(10), 'min ms'.padStart(8), 'paired ratio'.padStart(13), 'min/min'.padStart(8), 'target'.padStart(8))
let missed = 0
for (const name of names) {
  const ratio = pairedRatio(samples[name])
  const target = targets[name]
  if (target && ratio > target) missed++
  console.log(
    name.padEnd(30),
    median(samples[name]).toFixed(1).padStart(10),
    minimum(samples[name]).toFixed(1).padStart(8),
    `${ratio.toFixed(2)}×`.padStart(13),
    `${(minimum(samples[name]) / minimum(bare)).toFixed(2)}×`.padStart(8),
    (target ? `≤${target}×` : '').padStart(8),
    target ? (ratio <= target ? 'ok' : 'MISSED') : ''
  )
}
process.exitCode = missed > 0 ? 1 : 0
