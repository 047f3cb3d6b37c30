#!/usr/bin/env node
/**
 * The hand-in renderer against the real Python-Markdown of each release it
 * follows (3.7 and 3.10.3 from ../shared/oracles, Debian's python3-markdown)
 * on every answer of the corpus
 * (from the `> Answer:` line to the next question, as the tests compare them),
 * each in one warm process: both render all answers once to warm up, then
 * the fastest of several rounds counts. Target: ≤ 0.5×.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkReport} from '@mlops-report/core'
import {pythonMarkdownVersions, renderPythonMarkdown} from '@mlops-report/handin-markdown'

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

/** The real release of each version: Debian's package, or the sources in ../shared/oracles put first on PYTHONPATH. */
const oracles = {
  3.7: join(root, '..', 'shared', 'oracles', 'python-markdown', '3.7'),
  '3.10': join(root, '..', 'shared', 'oracles', 'python-markdown', '3.10.3'),
  '3.4-debian': ''
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
print(markdown.__version__, best * 1000)
`

let missed = false
for (const version of pythonMarkdownVersions) {
  const result = spawnSync('/usr/bin/python3', ['-c', python], {
    input: JSON.stringify(answers),
    encoding: 'utf8',
    env: {...process.env, PYTHONPATH: oracles[version]}
  })
  if (result.status !== 0) {
    console.error(`bench: Python-Markdown ${version} failed (Debian's: apt-get install python3-markdown; others: ../shared/oracles): ${result.stderr}`)
    process.exit(2)
  }
  const [release, ms] = result.stdout.trim().split(' ')
  const pythonMs = Number(ms)

  for (const text of answers) renderPythonMarkdown(text, {version})
  let oursMs = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint()
    for (const text of answers) renderPythonMarkdown(text, {version})
    oursMs = Math.min(oursMs, Number(process.hrtime.bigint() - started) / 1e6)
  }

  const ratio = oursMs / pythonMs
  missed ||= ratio > 0.5
  console.log(`${answers.length} corpus answers under ${version}: Python-Markdown ${release} ${pythonMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms`)
  console.log(`renderer ${version} against the real ${release}: ${ratio.toFixed(2)}× (target ≤ 0.5×) ${ratio <= 0.5 ? 'OK' : 'MISSED'}`)
}
if (missed) process.exitCode = 1
