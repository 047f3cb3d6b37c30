#!/usr/bin/env node
/**
 * Writes the committed `dist/` at the repository's root: the CLI and the
 * GitHub Action as files with every dependency inside. Both are used from a
 * plain clone, with nothing built or installed first: pre-commit installs
 * the root as an npm package (its `bin` is dist/mlops-report.cjs, which runs
 * dist/cli.cjs) and GitHub
 * runs action.yml's dist/github-action.cjs. A test rebuilds this into a
 * temporary folder and compares, as actions/typescript-action's check-dist
 * does: run `pnpm run bundle` after changing the packages.
 *
 * Usage: node scripts/bundle-dist.mjs [--out <dir>]   (after `pnpm run build`)
 */

import {createRequire} from 'node:module'
import {copyFileSync, rmSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'packages', 'cli')
const {build} = createRequire(join(cli, 'package.json'))('esbuild')
const {values} = parseArgs({options: {out: {type: 'string'}}})
const out = resolve(values.out ?? join(root, 'dist'))

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning'
}
// The sources read their own location from import.meta.url.
const commonJs = {
  ...common,
  format: 'cjs',
  define: {'import.meta.url': 'importMetaUrl'},
  banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"}
}
// Bundled CommonJS dependencies of the ES modules call require() for Node's built-ins.
const esModule = {
  ...common,
  format: 'esm',
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}
}

rmSync(out, {recursive: true, force: true})
await Promise.all([
  // As in the CLI package: a small launcher that runs the CLI from V8's code cache, and the
  // commands `check` does not need as ES modules beside them, imported when asked for.
  build({
    ...commonJs,
    entryPoints: [join(cli, 'dist', 'launch.js')],
    outfile: join(out, 'mlops-report.cjs'),
    // A bin: pre-commit runs it without a shell.
    banner: {js: `#!/usr/bin/env node\n${commonJs.banner.js}`}
  }),
  build({...commonJs, entryPoints: [join(cli, 'dist', 'bin.js')], outfile: join(out, 'cli.cjs')}),
  build({...esModule, entryPoints: [join(cli, 'dist', 'html-command.js')], outfile: join(out, 'html-command.js'), external: ['./given-paths.js']}),
  build({...esModule, entryPoints: [join(cli, 'dist', 'init', 'init-command.js')], outfile: join(out, 'init', 'init-command.js')}),
  // The glob expander every command shares is one file beside them; `check` loads it only for a glob.
  build({...esModule, entryPoints: [join(cli, 'dist', 'given-paths.js')], outfile: join(out, 'given-paths.js')}),
  build({...esModule, entryPoints: [join(cli, 'dist', 'fix-command.js')], outfile: join(out, 'fix-command.js'), external: ['./given-paths.js']}),
  build({...esModule, entryPoints: [join(cli, 'dist', 'staged-targets.js')], outfile: join(out, 'staged-targets.js')}),
  // The comparison it shares with `similar` is that command's file beside it, not a second copy.
  build({
    ...esModule,
    entryPoints: [join(cli, 'dist', 'course', 'course-command.js')],
    outfile: join(out, 'course', 'course-command.js'),
    external: ['../similar-command.js', '../given-paths.js']
  }),
  build({...esModule, entryPoints: [join(cli, 'dist', 'similar-command.js')], outfile: join(out, 'similar-command.js'), external: ['./given-paths.js']}),
  build({...commonJs, entryPoints: [join(cli, 'dist', 'github-action-bin.js')], outfile: join(out, 'github-action.cjs')})
])
// The hand-in renderer is a port of Python-Markdown and of Python's html.parser: their notices go along.
copyFileSync(join(root, 'packages', 'handin-markdown', 'LICENSE'), join(out, 'THIRD-PARTY-NOTICES.txt'))
