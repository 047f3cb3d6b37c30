/**
 * A throwaway Docusaurus site around the given reports, built with
 * docusaurus-plugin-mlops-report into `outDir`. The site lives in a
 * temporary folder, so a student's Python repository needs no package.json,
 * no node_modules and no Docusaurus project.
 */

import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, tmpdir} from 'node:os'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {PythonMarkdownVersion} from '@mlops-report/handin-markdown/versions'
import {isGlobPattern, isMarkdownPath, isNegation, isReportInputError, readReport} from '@mlops-report/report-files'
import {leaveOutFolderLines} from './docusaurus-output.js'

export interface SiteOptions {
  /** Report files or folders (a folder means its reports/README.md, else its README.md), or globs. */
  reports: string[]
  outDir: string
  /** Where the site is served from, e.g. `/group-7/` on `https://user.github.io/group-7/`. */
  baseUrl: string
  /** The site's origin, e.g. `https://user.github.io` (for the sitemap and canonical links). */
  url: string
  title: string
  /** The Python-Markdown release the graders' hand-in is judged and shown under (default: 3.7, the graders'). */
  pythonMarkdown?: PythonMarkdownVersion
  /** Earlier reports (paths or globs) every answer is compared with for shared passages. */
  compareWith?: string[]
  /** Where relative paths are taken from (default: the working folder). */
  cwd?: string
}

export class SiteInputError extends Error {
  override name = 'SiteInputError'
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(packageRoot, 'package.json'))

/** A dependency's folder, found from its entry point (not every package exports its package.json). */
function packageFolder(name: string): string {
  let folder = dirname(require.resolve(name))
  while (!existsSync(join(folder, 'package.json')) || basename(folder) !== basename(name)) {
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`cannot find the folder of ${name}`)
    folder = parent
  }
  return folder
}

/** The base URL as Docusaurus wants it: leading and trailing slash. */
export function normalizeBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** Left in the output folder, so that a later build knows the folder is its own to replace. */
const MARKER = '.mlops-report-site'

/**
 * The output folder is replaced whole, so it must be new, empty, or one an
 * earlier build made: never the repository (`--out .`), the reports, or a
 * Python project's own `build/`.
 */
function checkOutDir(options: SiteOptions, cwd: string): void {
  let entries: string[]
  try {
    entries = readdirSync(resolve(cwd, options.outDir))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return
    throw new SiteInputError(`--out ${options.outDir}: cannot use it as the site's folder (${code ?? 'unknown error'})`)
  }
  if (entries.length > 0 && !entries.includes(MARKER))
    throw new SiteInputError(
      `--out ${options.outDir}: that folder holds files no earlier mlops-report-site build made, and the site replaces its folder whole; name a new folder (such as site/report) or empty this one`
    )
}

/** Fails early, with the reader's words, on what Docusaurus would report with a stack trace. */
function checkInputs(options: SiteOptions, cwd: string): string[] {
  if (options.reports.length === 0) throw new SiteInputError('no reports given: name a report, a folder with a README.md, or a glob')
  if (!/^https?:\/\/[^/]+$/.test(options.url)) throw new SiteInputError(`--url must be an origin such as https://you.github.io, not "${options.url}"`)
  checkOutDir(options, cwd)
  return options.reports.map((report) => {
    const absolute = absolutePattern(cwd, report)
    // Globs and negations are the plugin's to expand, as every command expands them.
    if (isGlobPattern(report) || isNegation(report)) return absolute
    try {
      // Read now, so that a file that is no UTF-8 text is named here rather than deep in a build.
      const read = readReport(absolute)
      if (!isMarkdownPath(read.path)) throw new SiteInputError(`${report}: not a markdown file; only course reports are published`)
    } catch (error) {
      if (isReportInputError(error)) throw new SiteInputError(error.message.replace(absolute, report))
      throw error
    }
    return absolute
  })
}

/**
 * Docusaurus publishes its configuration to every page (`useDocusaurusContext`), so it names no
 * folder of this machine: the plugin and theme by package name (linked into the site's
 * node_modules), the stylesheet copied beside the config, and the reports below `work/`, a link to
 * the nearest folder that holds the working folder and every report.
 */
const WORK = 'work'

/** A path or glob resolved against the working folder; a negation stays one. */
function absolutePattern(cwd: string, pattern: string): string {
  return isNegation(pattern) ? `!${resolve(cwd, pattern.slice(1))}` : resolve(cwd, pattern)
}

/** A path or glob's folders up to its first wildcard. */
function staticBase(absolute: string): string {
  const parts = absolute.split(sep)
  const wildcard = parts.findIndex((part) => isGlobPattern(part))
  return wildcard === -1 ? absolute : parts.slice(0, wildcard).join(sep) || sep
}

function commonFolder(paths: string[]): string {
  let common = paths[0]!.split(sep)
  for (const path of paths.slice(1)) {
    const parts = path.split(sep)
    let same = 0
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++
    common = common.slice(0, same)
  }
  return common.join(sep) || sep
}

/** Where the `work` link leads, and each path as the throwaway site names it. */
function siteNames(cwd: string, reports: string[]): {target: string; name: (absolute: string) => string} {
  // A negation only leaves out: the link need not reach it.
  const target = commonFolder([cwd, ...reports.filter((report) => !isNegation(report)).map(staticBase)])
  const name = (absolute: string): string =>
    isNegation(absolute) ? `!${name(absolute.slice(1))}` : [WORK, ...relative(target, absolute).split(sep).filter(Boolean)].join('/')
  return {target, name}
}

function configSource(options: SiteOptions, reports: string[], compareWith: string[], cwd: string, name: (absolute: string) => string): string {
  // Modules the generated pages import (react, the theme's dependencies) resolve from this package.
  const lookup = require.resolve.paths('react') ?? []
  const config = {
    title: options.title,
    url: options.url,
    baseUrl: normalizeBaseUrl(options.baseUrl),
    onBrokenLinks: 'throw',
    future: {v4: true, faster: true},
    markdown: {format: 'detect'},
    // Colours with enough contrast for WCAG 2.1 AA in both themes.
    themes: [['@docusaurus/theme-classic', {customCss: ['./contrast.css']}]],
    // An SVG mark: a browser asks for a favicon whether or not the site has one.
    favicon:
      'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%23990000%22/%3E%3C/svg%3E',
    plugins: [
      [
        'docusaurus-plugin-mlops-report',
        {
          reports: reports.map(name),
          routeBasePath: '/',
          indexTitle: options.title,
          sourceDir: name(cwd),
          ...(compareWith.length > 0 ? {compareWith: compareWith.map(name)} : {}),
          ...(options.pythonMarkdown ? {pythonMarkdown: options.pythonMarkdown} : {})
        }
      ]
    ],
    themeConfig: {navbar: {title: options.title}, colorMode: {respectPrefersColorScheme: true}}
  }
  return [
    '// Written by mlops-report-site for one build; not kept.',
    `const config = ${JSON.stringify(config, null, 2)}`,
    `const modules = ${JSON.stringify(lookup)}`,
    "config.plugins.push(() => ({name: 'mlops-report-site-resolve', configureWebpack: () => ({resolve: {modules: [...modules, 'node_modules']}})}))",
    'module.exports = config',
    ''
  ].join('\n')
}

/**
 * Docusaurus renders the pages in worker threads, one per core, 32 pages at a
 * time. On two cores (a CI runner), one thread is both faster and lighter, and
 * four pages at a time lighter still: measured on a course of 150 reports,
 * 2.9–3.0 s and 0.98 GB at the peak, against 5.0 s and 1.19 GB as Docusaurus
 * has it. Docusaurus's own variables, where they are set, are left as they are.
 */
const twoCoreRendering = {DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '1', DOCUSAURUS_SSR_CONCURRENCY: '4'}

function lighterRenderingOnTwoCores(): () => void {
  if (availableParallelism() > 2) return () => {}
  const set = Object.entries(twoCoreRendering).filter(([name]) => process.env[name] === undefined)
  for (const [name, value] of set) process.env[name] = value
  return () => {
    for (const [name] of set) delete process.env[name]
  }
}

export async function buildSite(options: SiteOptions): Promise<void> {
  const cwd = options.cwd ?? process.cwd()
  const reports = checkInputs(options, cwd)
  // Not read here: an earlier report that cannot be read is said by the plugin and left out, the rest compared.
  const compareWith = (options.compareWith ?? []).map((path) => absolutePattern(cwd, path))
  const siteDir = mkdtempSync(join(tmpdir(), 'mlops-report-site-'))
  try {
    const work = siteNames(cwd, [...reports, ...compareWith])
    writeFileSync(join(siteDir, 'docusaurus.config.js'), configSource(options, reports, compareWith, cwd, work.name))
    // Its own package.json, so that none in a folder above (one with "type": "module" breaks
    // Docusaurus's server bundle: `require.resolveWeak is not a function`) is taken for the site's.
    writeFileSync(join(siteDir, 'package.json'), '{"private": true}\n')
    // Docusaurus resolves these from the site's folder: ours, linked.
    for (const name of ['react', 'react-dom', '@mdx-js/react', '@docusaurus/theme-classic', 'docusaurus-plugin-mlops-report']) {
      const link = join(siteDir, 'node_modules', name)
      mkdirSync(dirname(link), {recursive: true})
      symlinkSync(packageFolder(name), link, 'dir')
    }
    symlinkSync(work.target, join(siteDir, WORK), 'dir')
    cpSync(join(packageRoot, 'theme', 'contrast.css'), join(siteDir, 'contrast.css'))
    const {build} = (await import(require.resolve('@docusaurus/core/lib/index.js'))) as {
      build: (siteDir: string, options: {outDir: string}) => Promise<void>
    }
    const outDir = resolve(cwd, options.outDir)
    // Built inside the throwaway site, then moved: Docusaurus runs its server bundle from the output
    // folder, where a package.json above with "type": "module" (a Node project's) would break it.
    const builtDir = join(siteDir, 'build')
    // The bundler keeps its cache in the working folder's node_modules: in the throwaway site, not the student's repository.
    const workingFolder = process.cwd()
    process.chdir(siteDir)
    const restoreOutput = leaveOutFolderLines()
    const restoreRendering = lighterRenderingOnTwoCores()
    try {
      await build(siteDir, {outDir: builtDir})
    } finally {
      restoreRendering()
      restoreOutput()
      process.chdir(workingFolder)
    }
    writeFileSync(join(builtDir, MARKER), 'Made by mlops-report-site: its next build replaces this folder whole.\n')
    rmSync(outDir, {recursive: true, force: true})
    mkdirSync(dirname(outDir), {recursive: true})
    cpSync(builtDir, outDir, {recursive: true})
  } finally {
    // The link first, by itself: what it leads to is the user's.
    rmSync(join(siteDir, WORK), {force: true})
    rmSync(siteDir, {recursive: true, force: true})
  }
}
