#!/usr/bin/env node
/**
 * The release's publish step: every published package at the suite's one
 * version, packed and published to a registry, skipping what the registry
 * has already (so a re-run after a partial failure finishes the job). The
 * release workflow runs it against npm with --provenance once the version pull
 * request has merged; `npm run release:rehearse` runs it, unchanged, against a
 * throwaway local registry.
 *
 * Usage: node scripts/release-publish.mjs [--registry <url>] [--provenance]
 * The packages must be built (scripts/setup.mjs builds them). In GitHub
 * Actions it writes `version` and `published` (true when it published
 * anything) to the step's outputs.
 */

import {execFile, spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {parseArgs} from 'node:util'
import {releasePackages, root, suiteVersion} from './release-packages.mjs'
import {syncVersion} from './sync-version.mjs'

const {values} = parseArgs({options: {registry: {type: 'string'}, provenance: {type: 'boolean', default: false}}})
const registry = values.registry ?? 'https://registry.npmjs.org/'

function say(message) {
  process.stdout.write(`release-publish: ${message}\n`)
}

function fail(message) {
  process.stderr.write(`release-publish: ${message}\n`)
  process.exit(1)
}

/** Runs npm to its end, without holding up the others; resolves to its status and output. */
function npm(args, cwd) {
  return new Promise((resolve) => {
    execFile(
      'npm',
      args,
      {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false'}},
      (error, stdout, stderr) => {
        resolve({status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr})
      }
    )
  })
}

async function published(name, version) {
  const result = await npm(['view', `${name}@${version}`, 'version', '--registry', registry], root)
  if (result.status === 0) return result.stdout.trim() === version
  if (/E404|404 Not Found|is not in this registry/.test(result.stderr)) return false
  throw new Error(`cannot ask ${registry} about ${name}@${version}:\n${result.stderr}`)
}

/**
 * The package's tarball as pnpm packs it (workspace ranges made real). Built
 * already, so no prepack; pnpm rather than npm, which walks the linked
 * workspace's whole node_modules first (6 s for the CLI against 0.8 s).
 */
function packTarball(dir, destination) {
  mkdirSync(destination, {recursive: true})
  const packed = spawnSync('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', destination], {cwd: dir, encoding: 'utf8'})
  if (packed.status !== 0) throw new Error(`pnpm pack in ${dir} failed:\n${packed.stdout}${packed.stderr}`)
  const [file] = readdirSync(destination)
  return join(destination, file)
}

/** Publishes one package unless the registry has it at `version`; true when it did. */
async function publishOne({name, dir}, version, folder) {
  if (await published(name, version)) {
    say(`${name}@${version} is on ${registry} already`)
    return false
  }
  const tarball = packTarball(dir, join(folder, basename(dir)))
  const args = ['publish', tarball, '--access', 'public', '--registry', registry, '--ignore-scripts']
  if (values.provenance) args.push('--provenance')
  const result = await npm(args, dir)
  if (result.status !== 0) throw new Error(`npm publish ${name}@${version} failed:\n${result.stderr}`)
  say(`published ${name}@${version}`)
  return true
}

let version
try {
  version = suiteVersion()
} catch (error) {
  fail(error.message)
}
const {stale} = syncVersion({check: true})
if (stale.length > 0) fail(`these name another version than ${version}: ${stale.join(', ')} (run \`node scripts/sync-version.mjs\`)`)

const packages = releasePackages()
const folder = mkdtempSync(join(tmpdir(), 'mlops-report-release-'))
let count = 0
let failure = null
try {
  // A few at a time: each npm spends most of a second starting and waiting on the registry.
  const queue = [...packages]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) if (await publishOne(next, version, folder)) count++
  }
  await Promise.all([worker(), worker(), worker(), worker()])
} catch (error) {
  failure = error.message
} finally {
  rmSync(folder, {recursive: true, force: true})
}
if (failure !== null) fail(failure)
say(count > 0 ? `${count} of ${packages.length} packages published at ${version}` : `nothing to publish: every package is at ${version} on ${registry}`)
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `version=${version}\npublished=${count > 0}\n`)
