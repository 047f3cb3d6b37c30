#!/usr/bin/env node
/**
 * Brings a fresh machine (Node 20 and npm, nothing else) to a built workspace:
 * the pinned pnpm, the dependencies, the packages built. With --for-tests it
 * also installs what the tests drive: Debian's python3-markdown (the graders'
 * renderer), pre-commit and git (the hook tests), Chromium and mkdocs (the
 * site tests), and starts installing code-server under Node 24 into a cache
 * outside the checkout if it is not there (the editor extension's test).
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pnpmVersion = '10.34.9'
const forTests = process.argv.includes('--for-tests')

function say(message) {
  process.stderr.write(`setup: ${message}\n`)
}

function fail(message) {
  say(message)
  process.exit(1)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', ...options})
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`)
}

function output(command, args) {
  const result = spawnSync(command, args, {encoding: 'utf8'})
  return result.status === 0 ? result.stdout.trim() : null
}

const [major] = process.versions.node.split('.').map(Number)
if (major < 20) fail(`Node ${process.versions.node} is too old: install Node 20 or newer`)

if (output('pnpm', ['--version']) !== pnpmVersion) {
  say(`installing pnpm ${pnpmVersion} (npm install -g)`)
  run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${pnpmVersion}`])
  if (output('pnpm', ['--version']) !== pnpmVersion) fail(`pnpm ${pnpmVersion} is not on PATH after installing it; check npm's global prefix`)
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

function aptInstall(packages, why) {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    say(`${why}: run \`sudo apt-get install -y ${packages.join(' ')}\`; tests that need it are skipped until then (and fail under CI)`)
    return
  }
  say(`installing ${packages.join(', ')} with apt-get (${why})`)
  const quiet = {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}
  run('apt-get', ['update', '-qq'], quiet)
  run('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', '--no-install-recommends', ...packages], quiet)
}

function has(command, args = ['--version']) {
  return spawnSync(command, args, {stdio: 'ignore'}).status === 0
}

if (forTests) {
  const missing = []
  // The graders render with Python-Markdown; the rendering tests compare with it.
  if (!has('/usr/bin/python3', ['-c', 'import markdown'])) missing.push('python3-markdown')
  // The hook tests commit through the pre-commit framework and git itself.
  if (!has('pre-commit')) missing.push('pre-commit')
  if (!has('git')) missing.push('git')
  // The site tests open the built pages in Debian's Chromium, and put a report under a real mkdocs site.
  if (!existsSync('/usr/lib/chromium/chromium')) missing.push('chromium')
  if (!has('mkdocs')) missing.push('mkdocs')
  // The course tests hold repo_stats.json against the course's own scraper code (RepoStats, its tree rules, its activity matrix) and markdown2.
  const scraperModules = {
    numpy: 'python3-numpy',
    pydantic: 'python3-pydantic',
    markdown2: 'python3-markdown2',
    requests: 'python3-requests',
    dotenv: 'python3-dotenv',
    loguru: 'python3-loguru'
  }
  for (const [module, apt] of Object.entries(scraperModules)) if (!has('/usr/bin/python3', ['-c', `import ${module}`])) missing.push(apt)
  // The editor extension's end-to-end test runs code-server, which builds against Kerberos's headers.
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev')
  if (missing.length > 0) aptInstall(missing, 'the tests drive them')
  // code-server (and Node 24 under it) for that test: installed once into a cache outside the
  // checkout; on a machine without it, in the background while the rest is set up and built.
  const tools = spawn(process.execPath, [join(root, 'scripts', 'vscode-tools.mjs'), '--code-server'], {detached: true, stdio: 'ignore'})
  tools.unref()
}

const env = {...process.env, TURBO_TELEMETRY_DISABLED: '1'}
run('pnpm', ['install', '--frozen-lockfile', '--reporter=silent'], {env})
// For tests, the type check covers test files too (the build compiles sources only).
const tasks = forTests ? ['build', 'typecheck'] : ['build']
// The documentation site is built by its own workflow (and by its test), not on every set-up.
run('pnpm', ['exec', 'turbo', 'run', ...tasks, '--filter=!@mlops-report/site', '--output-logs=errors-only'], {env})

// The git hook for this repository's own commits (.husky/pre-commit runs
// lint-staged). Set up here rather than in a `prepare` script as husky
// suggests: the root package.json is also the pre-commit hook package, and
// `npm pack` there would run `prepare` and print its banner on standard
// output, which pre-commit reads as the tarball's name.
if (existsSync(join(root, '.git'))) run(join(root, 'node_modules', '.bin', 'husky'), [], {stdio: ['ignore', 'ignore', 'inherit']})
