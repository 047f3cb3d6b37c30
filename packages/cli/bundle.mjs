/**
 * Bundles the command-line entry into CommonJS. Startup is most of what a
 * check costs: one file instead of a dozen resolutions, and CommonJS because
 * an ES module entry makes Node load its whole ESM loader first.
 * - dist/mlops-report.cjs, the launcher the bin runs: small, compiled afresh
 *   each run.
 * - dist/cli.cjs, the CLI, which the launcher runs from V8's code cache.
 * The commands `check` does not need (the HTML renderer among them) stay
 * ES modules beside it, imported when asked for, so `check` never loads a
 * markdown parser.
 */

import {build} from 'esbuild'

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The sources read their own location from import.meta.url.
  define: {'import.meta.url': 'importMetaUrl'},
  banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  legalComments: 'none',
  logLevel: 'warning'
}

await Promise.all([
  build({...common, entryPoints: ['dist/launch.js'], outfile: 'dist/mlops-report.cjs'}),
  build({...common, entryPoints: ['dist/bin.js'], outfile: 'dist/cli.cjs'})
])
