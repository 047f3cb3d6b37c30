#!/usr/bin/env node
/**
 * Each published package as npm would get it, linted: packed by pnpm (as the
 * release packs it), then publint (--strict: its warnings count) on what
 * the tarball holds, and arethetypeswrong on how its types resolve. Our
 * packages are ESM only, so attw judges them as such (--profile esm-only:
 * a CommonJS `require` of them is not a failure).
 *
 * Usage: node scripts/lint-packages.mjs [package folder…]   (default: every
 * published package). Exit 1 when any package has a problem, each named.
 */

import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join, resolve} from 'node:path'
import {releasePackages, root} from './release-packages.mjs'

const bin = (name) => join(root, 'node_modules', '.bin', name)

function run(command, args, cwd) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
  return {status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()}
}

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((dir) => resolve(dir)) : releasePackages().map((entry) => entry.dir)
const work = mkdtempSync(join(tmpdir(), 'mlops-report-lint-packages-'))
const problems = []
try {
  for (const dir of dirs) {
    const destination = join(work, basename(dir))
    mkdirSync(destination)
    const packed = run('pnpm', ['pack', '--config.ignore-scripts=true', '--pack-destination', destination], dir)
    if (packed.status !== 0) {
      problems.push(`${dir}: pnpm pack failed\n${packed.output}`)
      continue
    }
    const tarball = join(destination, readdirSync(destination)[0])
    const publint = run(bin('publint'), [tarball, '--strict'], dir)
    if (publint.status !== 0) problems.push(`${basename(tarball)}: publint\n${publint.output}`)
    const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], dir)
    if (attw.status !== 0) problems.push(`${basename(tarball)}: arethetypeswrong\n${attw.output}`)
    process.stdout.write(`lint-packages: ${basename(tarball)}: ${publint.status === 0 && attw.status === 0 ? 'ok' : 'PROBLEMS'}\n`)
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n\n')}\n\nlint-packages: ${problems.length} problem(s)\n`)
  process.exit(1)
}
process.stdout.write(`lint-packages: ${dirs.length} packages, no problem from publint or arethetypeswrong\n`)
