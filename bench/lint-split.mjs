#!/usr/bin/env node
/**
 * Linting the seed report warm, in one process, split into remark's parse
 * and the run of our rules (the preset: remark-lint's message control plus
 * every mlops-report rule, which share one core check).
 *
 * Target: the rules take at most 10% of the parse time, so that an editor
 * re-linting on every keystroke never waits on us.
 */

import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {remark} from 'remark'
import remarkPresetLintMlopsReport from 'remark-preset-lint-mlops-report'
import {VFile} from 'vfile'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seedPath = join(root, '..', 'shared', 'seed', 'README.md')
let seed
try {
  seed = readFileSync(seedPath, 'utf8')
} catch {
  console.error(`lint-split: ${seedPath} is missing: the benchmark lints the seed report from ../shared`)
  process.exit(2)
}
const warmup = 20
const runs = Number(process.env.BENCH_RUNS ?? 60)

const processor = remark().use(remarkPresetLintMlopsReport).freeze()
const parseTimes = []
const ruleTimes = []
let messages = 0
for (let index = 0; index < warmup + runs; index++) {
  // A new file each time: the core's result is cached per file, as in an editor after each edit.
  const file = new VFile({path: seedPath, value: seed})
  const started = performance.now()
  const tree = processor.parse(file)
  const parsed = performance.now()
  await processor.run(tree, file)
  const ran = performance.now()
  if (index >= warmup) {
    parseTimes.push(parsed - started)
    ruleTimes.push(ran - parsed)
  }
  messages = file.messages.length
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const parse = median(parseTimes)
const rules = median(ruleTimes)
const ratio = rules / parse
console.log(`seed report, ${messages} messages; median of ${runs} warm runs after ${warmup} to warm up\n`)
console.log('remark parse'.padEnd(24), `${parse.toFixed(2)} ms`.padStart(10))
console.log(
  'our rules (the preset)'.padEnd(24),
  `${rules.toFixed(2)} ms`.padStart(10),
  `${(ratio * 100).toFixed(1)}% of parse`.padStart(16),
  'target ≤10%',
  ratio <= 0.1 ? 'ok' : 'MISSED'
)
process.exitCode = ratio <= 0.1 ? 0 : 1
