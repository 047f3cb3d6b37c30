/**
 * Bundles the command-line entry into one CommonJS file. Startup is most of
 * what a check costs: one file instead of a dozen resolutions, and CommonJS
 * because an ES module entry makes Node load its whole ESM loader first.
 * The HTML renderer stays a separate ES module behind a dynamic import(), so
 * `check` never loads a markdown parser.
 */

import {build} from 'esbuild'

await build({
  entryPoints: ['dist/bin.js'],
  outfile: 'dist/mlops-report.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['./html-command.js', './init/init-command.js', './fix-command.js', './staged-targets.js', './course/course-command.js', './similar-command.js'],
  // The sources read their own location from import.meta.url.
  define: {'import.meta.url': 'importMetaUrl'},
  banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  legalComments: 'none',
  logLevel: 'warning'
})
