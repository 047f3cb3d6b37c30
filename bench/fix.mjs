#!/usr/bin/env node
/**
 * `mlops-report fix` on the 67 corpus reports in one run against `check` of
 * the same run. Target: ≤ 3×. The reports are copied to a temporary folder
 * and put back before every fix (fix writes them). Rounds interleave; each
 * command's fastest run is compared.
 */

import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
const bin = join(root, 'packages', 'cli', 'bin', 'mlops-report.cjs')
const rounds = Number(process.env.BENCH_RUNS ?? 10)

if (!existsSync(corpus) || !existsSync(join(root, 'packages', 'cli', 'dist', 'mlops-report.cjs'))) {
  console.error('bench: needs ../shared/corpus and a build (npm run example)')
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'mlops-report-bench-fix-'))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))
const names = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const copies = names.map((name) => {
  mkdirSync(join(work, name))
  return {from: join(corpus, name, 'README.md'), to: join(work, name, 'README.md')}
})
const restore = () => {
  for (const {from, to} of copies) copyFileSync(from, to)
}

function time(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args, ...copies.map((copy) => copy.to)], {stdio: 'ignore'})
  if (result.status === null || result.status > 1) throw new Error(`mlops-report ${args.join(' ')} exited ${result.status}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}

const samples = {check: [], fix: []}
restore()
time(['check'])
for (let round = 0; round < rounds; round++) {
  restore()
  samples.check.push(time(['check']))
  samples.fix.push(time(['fix']))
}
const fastest = (values) => Math.min(...values)
const ratio = fastest(samples.fix) / fastest(samples.check)
console.log(`check, ${copies.length} reports: ${fastest(samples.check).toFixed(0)} ms; fix: ${fastest(samples.fix).toFixed(0)} ms`)
console.log(`fix against check: ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'OK' : 'MISSED'}`)
