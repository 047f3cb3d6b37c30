#!/usr/bin/env node
/**
 * What publishing costs, side by side in one run (cold `docusaurus build`s):
 *
 * - the plugin with 60 reports from ../shared/corpus against the same site
 *   with 1 report. Target: ≤ 2×.
 * - our 60 report pages against Docusaurus's own docs plugin building the
 *   same 60 READMEs as plain markdown docs (`format: md`), the site otherwise
 *   the same. Target: ≤ 1×.
 * - the weight of a report page of the 60-report site (page-weight.mjs).
 *
 * Rounds interleave; each site's fastest build is compared (noise on a shared
 * machine only adds time). BENCH_RUNS sets the rounds (default 3); BENCH_KEEP=1
 * leaves the three sites in bench/.work/site-build, to build or profile again.
 */

import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describeWeight, pageWeight} from './page-weight.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = join(here, '..', '..', 'shared', 'corpus')
const docusaurus = join(here, 'node_modules', '.bin', 'docusaurus')
const rounds = Number(process.env.BENCH_RUNS ?? 3)
const count = 60

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
const names = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .slice(0, count)
for (const name of names) {
  mkdirSync(join(reports, name), {recursive: true})
  cpSync(join(corpus, name, 'README.md'), join(reports, name, 'README.md'))
  if (existsSync(join(corpus, name, 'figures'))) cpSync(join(corpus, name, 'figures'), join(reports, name, 'figures'), {recursive: true})
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
  'plugin, 1 report': site('one', {docs: false}, [['docusaurus-plugin-mlops-report', {reports: `../reports/${names[0]}`}]]),
  [`plugin, ${names.length} reports`]: site('many', {docs: false}, [['docusaurus-plugin-mlops-report', {reports: '../reports/*'}]]),
  [`docs plugin, ${names.length} READMEs as md`]: site(
    'docs',
    {docs: {path: '../docs-content', routeBasePath: '/', include: ['**/README.md'], sidebarPath: false}},
    []
  )
}

function build(dir) {
  for (const cache of ['.docusaurus', 'build', join('node_modules', '.cache')]) rmSync(join(dir, cache), {recursive: true, force: true})
  const started = process.hrtime.bigint()
  const result = spawnSync(docusaurus, ['build'], {cwd: dir, encoding: 'utf8', env: {...process.env, DOCUSAURUS_IGNORE_SSG_WARNINGS: 'true'}})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`docusaurus build failed in ${dir}:\n${result.stdout}${result.stderr}`)
  return seconds
}

const samples = Object.fromEntries(Object.keys(sites).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  for (const [name, dir] of Object.entries(sites)) samples[name].push(build(dir))
}
const fastest = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, Math.min(...values)]))
const [one, many, docsPlugin] = Object.keys(sites)
for (const name of Object.keys(sites))
  console.log(`${name.padEnd(36)} ${fastest[name].toFixed(2)} s (runs: ${samples[name].map((value) => value.toFixed(2)).join(', ')})`)
const scale = fastest[many] / fastest[one]
const against = fastest[many] / fastest[docsPlugin]
console.log(`${names.length} reports against 1: ${scale.toFixed(2)}× (target ≤ 2×) ${scale <= 2 ? 'OK' : 'MISSED'}`)
console.log(`our ${names.length} pages against the docs plugin on the same READMEs: ${against.toFixed(2)}× (target ≤ 1×) ${against <= 1 ? 'OK' : 'MISSED'}`)

// A report page's weight: what a browser loads to show it and hydrate it (see page-weight.mjs), the first report's page.
// The plugin's pages are below its routeBasePath, `reports/`: the index there, a folder per report.
const weighed = readdirSync(join(sites[many], 'build', 'reports'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()[0]
if (weighed) {
  const weight = await pageWeight(join(sites[many], 'build'), `reports/${weighed}`)
  if (process.env.BENCH_VERBOSE) for (const file of weight.files) console.log(`  ${file.path} ${file.bytes}`)
  console.log(`a report page, ${describeWeight(`reports/${weighed}`, weight)}`)
}
if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
