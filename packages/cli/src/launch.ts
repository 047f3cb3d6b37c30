/**
 * The `mlops-report` command. The CLI itself is the bundle beside this file
 * (cli.cjs), compiled through V8's code cache; this file stays small because
 * Node compiles it afresh every run.
 */

import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {requireCompiled} from './compile-cache.js'

const folder = dirname(fileURLToPath(import.meta.url))
const cli = requireCompiled(join(folder, 'cli.cjs')) as typeof import('./bin.js')
// Compiled by Node's own loader, this import() knows how to load an ES module; code from the cache would not.
cli.start(process.argv.slice(2), (specifier) => import(pathToFileURL(join(folder, specifier)).href))
