#!/usr/bin/env node
/**
 * `mlops-report check` against bare Node startup, side by side.
 *
 * Targets: one check of the seed report ≤ 1.3× `node -e 0`; the whole corpus
 * in one run ≤ 2× `node -e 0`. Runs interleave so that machine noise hits
 * every command alike; each command's fastest run is compared (see below).
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
 * Noise on a shared machine only ever adds time, so the fastest of many runs
 * is the best estimate of what a command itself costs (the reasoning of
 * Python's timeit); targets are judged on the ratio of those. The median of
 * round-by-round ratios is printed beside it, to show how much noise there was.
 */
const pairedRatio = (values) => median(values.map((ms, run) => ms / bare[run]))
const targets = {'check seed': 1.3, [`check corpus (${corpus.length} reports)`]: 2}

console.log(`${runs} rounds, each command once per round\n`)
console.log('command'.padEnd(30), 'min ms'.padStart(8), 'ratio'.padStart(7), 'median ms'.padStart(10), 'paired median'.padStart(14), 'target'.padStart(8))
let missed = 0
for (const name of names) {
  const ratio = minimum(samples[name]) / minimum(bare)
  const target = targets[name]
  if (target && ratio > target) missed++
  console.log(
    name.padEnd(30),
    minimum(samples[name]).toFixed(1).padStart(8),
    `${ratio.toFixed(2)}×`.padStart(7),
    median(samples[name]).toFixed(1).padStart(10),
    `${pairedRatio(samples[name]).toFixed(2)}×`.padStart(14),
    (target ? `≤${target}×` : '').padStart(8),
    target ? (ratio <= target ? 'ok' : 'MISSED') : ''
  )
}
process.exitCode = missed > 0 ? 1 : 0
