#!/usr/bin/env node
/**
 * What publishing costs, side by side in one run (cold `docusaurus build`s):
 *
 * - the plugin with a course of 150 reports (../shared/corpus's reports,
 *   repeated in folders of their own to make up the number, each repeat's
 *   words shuffled line by line; BENCH_REPORTS sets it) against the same site with 1 report: the report pages, the
 *   index and a page per question. Target: ≤ 3× the time and ≤ 1 GB at the
 *   peak (the build's largest process, as the kernel counts it).
 * - our report pages against Docusaurus's own docs plugin building the
 *   same READMEs as plain markdown docs (`format: md`), the site otherwise
 *   the same. Target: ≤ 1×.
 * - the weight of a report page and of a question page (page-weight.mjs).
 *
 * Rounds interleave; each site's fastest build is compared (noise on a shared
 * machine only adds time). BENCH_RUNS sets the rounds (default 3); BENCH_KEEP=1
 * leaves the three sites in bench/.work/site-build, to build or profile again.
 */

import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describeWeight, pageWeight} from './page-weight.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = join(here, '..', '..', 'shared', 'corpus')
const docusaurus = join(here, 'node_modules', '.bin', 'docusaurus')
const rounds = Number(process.env.BENCH_RUNS ?? 3)
const count = Number(process.env.BENCH_REPORTS ?? 150)

if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} is missing`)
  process.exit(2)
}
if (!existsSync(join(here, '..', 'packages', 'docusaurus-plugin-mlops-report', 'lib', 'index.js'))) {
  console.error('bench: build first (npm run example, or pnpm build)')
  process.exit(2)
}

// Inside bench/, so that the sites resolve Docusaurus and the plugin from bench/node_modules.
const work = join(here, '.work', 'site-build')
rmSync(work, {recursive: true, force: true})
const reports = join(work, 'reports')
const corpusNames = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(corpus, entry.name, 'README.md')))
  .map((entry) => entry.name)
  .sort()
// A course larger than the corpus repeats its reports, each copy a group of its own.
const names = Array.from({length: count}, (_, at) => {
  const name = corpusNames[at % corpusNames.length]
  const round = Math.floor(at / corpusNames.length)
  return {name: round === 0 ? name : `${name}-${round + 1}`, from: join(corpus, name)}
})
/**
 * A copy's prose lines with their words shuffled (seeded by the copy's round): the same size and
 * markdown, but no passage shared with the original or another copy, as in a real course, where
 * few answers share one (an exact copy would mark every answer).
 */
function shuffledProse(text, round) {
  let seed = round * 7919
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const lines = text.split(/\r?\n/)
  // Front matter as it is: a shuffled one is no YAML.
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1
  return lines
    .map((line, index) => {
      if (index <= frontMatterEnd || !/^[A-Za-z]/.test(line)) return line
      const words = line.split(' ')
      for (let at = words.length - 1; at > 0; at--) {
        const other = Math.floor(random() * (at + 1))
        ;[words[at], words[other]] = [words[other], words[at]]
      }
      return words.join(' ')
    })
    .join('\n')
}

for (const [at, {name, from}] of names.entries()) {
  mkdirSync(join(reports, name), {recursive: true})
  const round = Math.floor(at / corpusNames.length)
  const text = readFileSync(join(from, 'README.md'), 'utf8')
  writeFileSync(join(reports, name, 'README.md'), round === 0 ? text : shuffledProse(text, round))
  if (existsSync(join(from, 'figures'))) cpSync(join(from, 'figures'), join(reports, name, 'figures'), {recursive: true})
}
// The docs plugin's copy: each report as its folder's index page, figures beside it.
const docs = join(work, 'docs-content')
cpSync(reports, docs, {recursive: true})

const common = {
  title: 'Bench',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore',
  future: {v4: true, faster: true},
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'ignore', onBrokenMarkdownImages: 'ignore'}}
}

function site(name, preset, plugins) {
  const dir = join(work, name)
  mkdirSync(dir, {recursive: true})
  // Not type: module (Docusaurus fails to build such a site); the bench package is one.
  writeFileSync(join(dir, 'package.json'), '{"private": true}\n')
  const config = {...common, presets: [['classic', {blog: false, pages: false, ...preset}]], plugins}
  writeFileSync(join(dir, 'docusaurus.config.js'), `module.exports = ${JSON.stringify(config, null, 2)}\n`)
  return dir
}

const sites = {
  'plugin, 1 report': site('one', {docs: false}, [['docusaurus-plugin-mlops-report', {reports: `../reports/${names[0].name}`}]]),
  [`plugin, ${names.length} reports`]: site('many', {docs: false}, [['docusaurus-plugin-mlops-report', {reports: '../reports/*'}]]),
  [`docs plugin, ${names.length} READMEs as md`]: site(
    'docs',
    {docs: {path: '../docs-content', routeBasePath: '/', include: ['**/README.md'], sidebarPath: false}},
    []
  )
}

/** As mlops-report-site builds (its build-site.ts): on two cores, one static-rendering thread, four pages at a time; for every site alike. */
const renderingThreads =
  process.env.DOCUSAURUS_SSG_WORKER_THREAD_COUNT === undefined && availableParallelism() <= 2
    ? {DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '1', DOCUSAURUS_SSR_CONCURRENCY: '4'}
    : {}

/** A cold build: its seconds, and the peak resident memory of its largest process in MB (GNU time's %M, from the kernel's rusage). */
function build(dir) {
  for (const cache of ['.docusaurus', 'build', join('node_modules', '.cache')]) rmSync(join(dir, cache), {recursive: true, force: true})
  const peakFile = join(work, 'peak-kb')
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', peakFile, docusaurus, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, ...renderingThreads, DOCUSAURUS_IGNORE_SSG_WARNINGS: 'true'}
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`docusaurus build failed in ${dir}:\n${result.stdout}${result.stderr}`)
  return {seconds, megabytes: Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop()) / 1024}
}

const samples = Object.fromEntries(Object.keys(sites).map((name) => [name, []]))
const peaks = Object.fromEntries(Object.keys(sites).map((name) => [name, 0]))
for (let round = 0; round < rounds; round++) {
  for (const [name, dir] of Object.entries(sites)) {
    const {seconds, megabytes} = build(dir)
    samples[name].push(seconds)
    peaks[name] = Math.max(peaks[name], megabytes)
  }
}
if (renderingThreads.DOCUSAURUS_SSG_WORKER_THREAD_COUNT)
  console.log('two cores: one static-rendering thread, four pages at a time, as mlops-report-site builds')
const fastest = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, Math.min(...values)]))
const [one, many, docsPlugin] = Object.keys(sites)
for (const name of Object.keys(sites))
  console.log(
    `${name.padEnd(36)} ${fastest[name].toFixed(2)} s (runs: ${samples[name].map((value) => value.toFixed(2)).join(', ')}), peak ${peaks[name].toFixed(0)} MB`
  )
const scale = fastest[many] / fastest[one]
const against = fastest[many] / fastest[docsPlugin]
console.log(`${names.length} reports against 1: ${scale.toFixed(2)}× (target ≤ 3×) ${scale <= 3 ? 'OK' : 'MISSED'}`)
console.log(`${names.length} reports' peak memory: ${peaks[many].toFixed(0)} MB (target ≤ 1024 MB) ${peaks[many] <= 1024 ? 'OK' : 'MISSED'}`)
console.log(`our ${names.length} pages against the docs plugin on the same READMEs: ${against.toFixed(2)}× (target ≤ 1×) ${against <= 1 ? 'OK' : 'MISSED'}`)

// A report page's weight: what a browser loads to show it and hydrate it (see page-weight.mjs), the first report's page.
// The plugin's pages are below its routeBasePath, `reports/`: the index there, a folder per report.
const weighed = readdirSync(join(sites[many], 'build', 'reports'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'questions')
  .map((entry) => entry.name)
  .sort()[0]
if (weighed) {
  const weight = await pageWeight(join(sites[many], 'build'), `reports/${weighed}`)
  if (process.env.BENCH_VERBOSE) for (const file of weight.files) console.log(`  ${file.path} ${file.bytes}`)
  console.log(`a report page, ${describeWeight(`reports/${weighed}`, weight)}`)
}
// A question's page holds every group's answer: the heaviest page of a course.
const question = await pageWeight(join(sites[many], 'build'), 'reports/questions/14')
console.log(`a question page, ${describeWeight('reports/questions/14', question)}`)
if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
