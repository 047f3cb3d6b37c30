#!/usr/bin/env node
/**
 * The hand-in renderer against python3-markdown on every answer of the corpus
 * (from the `> Answer:` line to the next question, as the tests compare them),
 * each in one warm process: both render all answers once to warm up, then
 * the fastest of several rounds counts. Target: ≤ 0.5×.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkReport} from '@mlops-report/core'
import {renderPythonMarkdown} from '@mlops-report/handin-markdown'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
const rounds = Number(process.env.BENCH_RUNS ?? 10)

if (!existsSync(corpus)) {
  console.error('bench: needs ../shared/corpus')
  process.exit(2)
}

const answers = []
for (const name of readdirSync(corpus)) {
  const file = join(corpus, name, 'README.md')
  if (!existsSync(file)) continue
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
  for (const question of checkReport(text).questions) {
    if (!question.answer) continue
    const lineStart = text.lastIndexOf('\n', text.lastIndexOf('Answer:', question.answer.start.offset)) + 1
    answers.push(text.slice(lineStart, question.answer.end.offset))
  }
}

const python = `
import json, sys, time, markdown
answers = json.load(sys.stdin)
for text in answers: markdown.markdown(text)
best = float('inf')
for _ in range(${rounds}):
    started = time.perf_counter()
    for text in answers: markdown.markdown(text)
    best = min(best, time.perf_counter() - started)
print(best * 1000)
`
const result = spawnSync('/usr/bin/python3', ['-c', python], {input: JSON.stringify(answers), encoding: 'utf8'})
if (result.status !== 0) {
  console.error(`bench: python3-markdown failed (apt-get install python3-markdown): ${result.stderr}`)
  process.exit(2)
}
const pythonMs = Number(result.stdout.trim())

for (const text of answers) renderPythonMarkdown(text)
let oursMs = Number.POSITIVE_INFINITY
for (let round = 0; round < rounds; round++) {
  const started = process.hrtime.bigint()
  for (const text of answers) renderPythonMarkdown(text)
  oursMs = Math.min(oursMs, Number(process.hrtime.bigint() - started) / 1e6)
}

const ratio = oursMs / pythonMs
console.log(`${answers.length} corpus answers: python3-markdown ${pythonMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms`)
console.log(`renderer against python3-markdown: ${ratio.toFixed(2)}× (target ≤ 0.5×) ${ratio <= 0.5 ? 'OK' : 'MISSED'}`)
