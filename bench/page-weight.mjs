#!/usr/bin/env node
/**
 * What a browser transfers to show one page of a built site and make it
 * interactive: the HTML, then every stylesheet and script it loads, the
 * route's own chunks included (a Docusaurus page fetches its component and
 * data chunks as it hydrates). Uncompressed bytes, each file once. Chunks
 * prefetched for the pages it links to, images and fonts are counted apart.
 * Measured in Debian's Chromium, the files served from disk.
 *
 *   node bench/page-weight.mjs <build folder> <page path, e.g. reports/x>
 *
 * site-build.mjs calls it for a report page of the 60-report site.
 */

import {statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, extname, join, normalize, resolve, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

// The browser tests' playwright-core (one copy in the workspace, at the version they pin).
const {chromium} = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'package.json'))('playwright-core')

const chromiumPath = '/usr/lib/chromium/chromium'
const origin = 'http://site.bench.invalid'
const code = new Set(['.html', '.css', '.js'])
// What the page itself loads; a prefetch (`<link rel=prefetch>`, for the routes it links to) is 'other'.
const loaded = new Set(['document', 'stylesheet', 'script'])

/** The file a request names under the build folder, as GitHub Pages resolves it; null when there is none. */
function fileFor(buildDir, url) {
  const path = decodeURIComponent(new URL(url).pathname)
  const file = normalize(join(buildDir, path))
  if (file !== buildDir && !file.startsWith(buildDir + sep)) return null
  for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {}
  }
  return null
}

/** @returns {Promise<{code: number, prefetched: number, other: number, files: Array<{path: string, bytes: number}>}>} */
export async function pageWeight(buildDir, page) {
  const root = resolve(buildDir)
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  const files = new Map()
  let prefetched = 0
  let other = 0
  try {
    const tab = await browser.newPage()
    await tab.route('**/*', async (route) => {
      const file = fileFor(root, route.request().url())
      if (file === null) return route.fulfill({status: 404, body: 'not found'})
      const bytes = statSync(file).size
      const path = file.slice(root.length)
      if (!code.has(extname(file))) other += bytes
      else if (!loaded.has(route.request().resourceType())) prefetched += bytes
      else files.set(path, bytes)
      return route.fulfill({path: file})
    })
    await tab.goto(`${origin}/${page.replace(/^\//, '')}`, {waitUntil: 'networkidle'})
    // Hydrated: Docusaurus marks the document once React has taken over the page.
    await tab.waitForSelector('html[data-has-hydrated="true"]', {timeout: 30_000})
  } finally {
    await browser.close()
  }
  const list = [...files].map(([path, bytes]) => ({path, bytes}))
  return {code: list.reduce((sum, file) => sum + file.bytes, 0), prefetched, other, files: list}
}

/** One line: the page's own HTML, CSS and JS, and what comes besides. */
export function describeWeight(page, {code: bytes, prefetched, other, files}) {
  const kib = (value) => `${(value / 1024).toFixed(1)} KiB`
  return `${page}: ${kib(bytes)} of HTML, CSS and JS in ${files.length} files (besides: ${kib(prefetched)} prefetched for linked pages, ${kib(other)} of images and fonts)`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [buildDir, page] = process.argv.slice(2)
  if (!buildDir || !page) {
    console.error('usage: node bench/page-weight.mjs <build folder> <page path>')
    process.exit(2)
  }
  const weight = await pageWeight(buildDir, page)
  for (const file of weight.files) console.log(`  ${file.path} ${file.bytes}`)
  console.log(describeWeight(page, weight))
}
