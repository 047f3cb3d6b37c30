#!/usr/bin/env node
/**
 * Bundles the extension into two files that VS Code's own Node runs, with no
 * node_modules beside them: dist/extension.cjs (the client, in the
 * extension host) and dist/server.mjs (the language server with the core,
 * the rules and the hand-in renderer, in a process of its own). Run after the
 * workspace's packages are built (turbo does).
 */

import {copyFileSync, mkdirSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = join(dirname(fileURLToPath(import.meta.url)), '..')
const packages = join(here, '..')
const out = join(here, 'dist')

const common = {bundle: true, platform: 'node', target: 'node20', legalComments: 'none', charset: 'utf8', logLevel: 'warning', minify: true}

rmSync(out, {recursive: true, force: true})
mkdirSync(out)
await Promise.all([
  build({...common, entryPoints: [join(here, 'src', 'extension.ts')], outfile: join(out, 'extension.cjs'), format: 'cjs', external: ['vscode']}),
  build({
    ...common,
    entryPoints: {server: join(packages, 'language-server', 'dist', 'bin.js')},
    outdir: out,
    outExtension: {'.js': '.mjs'},
    // What only some sessions need (remark for a workspace that configures it, the preview's
    // renderer) in chunks of their own, loaded when first used: the server starts sooner.
    splitting: true,
    chunkNames: 'server-[name]-[hash]',
    format: 'esm',
    // Bundled CommonJS dependencies call require() for Node's built-ins.
    banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}
  })
])
// The hand-in renderer is a port of Python-Markdown and of Python's html.parser: their notices go along.
copyFileSync(join(packages, 'handin-markdown', 'LICENSE'), join(out, 'THIRD-PARTY-NOTICES.txt'))
