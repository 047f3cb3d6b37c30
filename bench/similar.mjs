#!/usr/bin/env node
/**
 * `findSharedPassages` (what `mlops-report similar` and, later, the course
 * run use) on a course of 150 reports against 500 earlier ones, each of 31
 * questions: variants of the corpus reports (every third word of each answer
 * replaced, words as the comparison reads them, different for each variant, so that variants share no passage
 * with one another), with 20 copies planted (every 7th word changed) that must
 * be found. One process runs it in a child, so that its peak memory is its own.
 * Targets: ≤ 2 s and ≤ 300 MB peak.
 *
 * BENCH_CURRENT (default 150), BENCH_EARLIER (default 500).
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} is missing: the benchmark makes its reports from the corpus`)
  process.exit(2)
}

if (process.argv[2] === '--child') {
  const {findSharedPassages} = await import('@mlops-report/core')
  const sources = readdirSync(corpus, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(join(corpus, entry.name, 'README.md'), 'utf8'))
  const current = Number(process.env.BENCH_CURRENT ?? 150)
  const earlier = Number(process.env.BENCH_EARLIER ?? 500)
  /** The text after each `Answer:` with every `nth` word replaced by one of this variant's own. */
  const variant = (text, id, nth) => {
    let word = 0
    return text.replace(
      /(Answer:)([\s\S]*?)(?=\n#{1,3} *Question \d|\n## [A-Z]|$)/g,
      (_, marker, answer) => `${marker}${answer.replace(/[\p{L}\p{N}]+/gu, (token) => (++word % nth === 0 ? `v${id}w${word}` : token))}`
    )
  }
  const reports = Array.from({length: current}, (_, id) => ({name: `now/${id}`, text: variant(sources[id % sources.length], id, 3)}))
  const older = Array.from({length: earlier}, (_, id) => ({name: `earlier/${id}`, text: variant(sources[id % sources.length], 10_000 + id, 3)}))
  // 20 planted copies: a current report that is an earlier one with every 7th word changed.
  for (let copy = 0; copy < 20; copy++) reports[copy] = {name: `now/${copy}`, text: variant(older[copy * 3].text, 50_000 + copy, 7)}
  const started = performance.now()
  const found = findSharedPassages(reports, older)
  const seconds = (performance.now() - started) / 1000
  const planted = new Set(found.filter((entry) => entry.other.startsWith('earlier/')).map((entry) => entry.report))
  process.stdout.write(JSON.stringify({seconds, pairs: found.length, plantedFound: planted.size}))
  process.exit(0)
}

const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, fileURLToPath(import.meta.url), '--child'], {
  encoding: 'utf8',
  cwd: join(root, 'bench')
})
if (child.status !== 0) {
  console.error(child.stderr)
  process.exit(1)
}
const {seconds, pairs, plantedFound} = JSON.parse(child.stdout)
const peakMb = Number(child.stderr.trim().split('\n').pop()) / 1024
const ok = (value, target) => (value <= target ? 'ok' : 'MISSED')
console.log(`similar: 150 reports × 31 questions against 500 earlier`)
console.log(`  time        ${seconds.toFixed(2)} s   (≤ 2 s: ${ok(seconds, 2)}; ${(seconds / 2).toFixed(2)}× the target)`)
console.log(`  peak memory ${peakMb.toFixed(0)} MB   (≤ 300 MB: ${ok(peakMb, 300)}; ${(peakMb / 300).toFixed(2)}× the target)`)
console.log(`  planted copies found: ${plantedFound} of 20; pairs reported: ${pairs}`)
process.exitCode = seconds <= 2 && peakMb <= 300 && plantedFound === 20 ? 0 : 1
