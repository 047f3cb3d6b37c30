#!/usr/bin/env node
/**
 * Publishes a .vsix to the VS Code Marketplace (vsce, token in VSCE_PAT) and
 * to Open VSX (ovsx, token in OVSX_PAT), where VSCodium, Cursor and
 * code-server users install from. Both tools need Node 22+: they run under
 * the Node 24 of vscode-tools.mjs. A marketplace whose token is not set is
 * skipped with a note; one that refuses fails the step.
 *
 * Usage: node scripts/publish-vsix.mjs <file.vsix>
 */

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {ovsx, vsce} from './vscode-tools.mjs'

const vsix = process.argv[2]
if (!vsix || !existsSync(vsix)) {
  process.stderr.write(`publish-vsix: give the .vsix to publish${vsix ? ` (${vsix} does not exist)` : ''}\n`)
  process.exit(1)
}

const targets = [
  {name: 'the VS Code Marketplace', token: 'VSCE_PAT', command: () => ((tools) => [tools.node, tools.vsce, 'publish', '--packagePath', vsix])(vsce())},
  // ovsx reads its token from OVSX_PAT.
  {name: 'Open VSX', token: 'OVSX_PAT', command: () => ((tools) => [tools.node, tools.ovsx, 'publish', vsix])(ovsx())}
]

let failed = false
for (const target of targets) {
  if (!process.env[target.token]) {
    process.stderr.write(`publish-vsix: ${target.token} is not set: not publishing to ${target.name}\n`)
    continue
  }
  const [command, ...args] = target.command()
  const result = spawnSync(command, args, {stdio: 'inherit'})
  if (result.status !== 0) {
    process.stderr.write(`publish-vsix: publishing to ${target.name} failed (exit ${result.status ?? result.signal})\n`)
    failed = true
  } else {
    process.stderr.write(`publish-vsix: published ${vsix} to ${target.name}\n`)
  }
}
process.exit(failed ? 1 : 0)
