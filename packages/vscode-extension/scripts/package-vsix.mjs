#!/usr/bin/env node
/**
 * Packages the extension as a .vsix with @vscode/vsce (run under Node 24,
 * which vsce needs; both come from scripts/vscode-tools.mjs's cache) and
 * prints its path. The bundles must be built first (`pnpm run build`, which
 * the root's `npm run vsix` does).
 *
 * Usage: node scripts/package-vsix.mjs [--out <file.vsix>]
 */

import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {vsce} from '../../../scripts/vscode-tools.mjs'

const here = join(dirname(fileURLToPath(import.meta.url)), '..')
const {version} = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'))
const {values} = parseArgs({options: {out: {type: 'string'}}})
const out = resolve(values.out ?? join(here, `mlops-report-vscode-${version}.vsix`))

for (const bundle of ['extension.cjs', 'server.mjs']) {
  if (!existsSync(join(here, 'dist', bundle))) {
    process.stderr.write(`package-vsix: dist/${bundle} is missing: build first (pnpm exec turbo run build --filter=mlops-report-vscode...)\n`)
    process.exit(1)
  }
}

const tools = vsce()
// --no-dependencies: the bundles carry everything; the .vsix has no node_modules.
const result = spawnSync(tools.node, [tools.vsce, 'package', '--no-dependencies', '--out', out], {cwd: here, encoding: 'utf8'})
if (result.status !== 0) {
  process.stderr.write(`${result.stdout}${result.stderr}package-vsix: vsce failed (exit ${result.status ?? result.signal})\n`)
  process.exit(1)
}
process.stdout.write(`${out}\n`)
