import {closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as nodeModule from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {Script} from 'node:vm'

/**
 * `require(file)` for a CommonJS bundle, with the code V8 compiled for it
 * kept between runs. A batch check spends about a tenth of its own time
 * compiling the checker's functions as it first calls them; from V8's code
 * cache they are read back instead (bench/cli-startup.mjs).
 *
 * Node 22.1 and later keep such a cache themselves (`module.enableCompileCache`,
 * which tsc and ESLint turn on the same way), in the place `NODE_COMPILE_CACHE`
 * names. Older Node gets it here through `vm.Script`. Either way
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, and a cache that cannot be read
 * or written is done without.
 *
 * The file must not call `import()`: V8 cannot tell the code compiled here
 * which loader to use for it. The CLI takes its importer from the launcher.
 */
export function requireCompiled(file: string): unknown {
  const require = createRequire(file)
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return require(file)
  const enableCompileCache = (nodeModule as {enableCompileCache?: () => unknown}).enableCompileCache
  if (typeof enableCompileCache === 'function') {
    enableCompileCache()
    return require(file)
  }
  const folder = privateCacheFolder()
  return folder === null ? require(file) : runWithCodeCache(file, folder, require)
}

/**
 * The folder in the temporary directory that holds this user's caches.
 * Code read from it runs as this user, so it is used only when no one else
 * can have written to it: the user's own, not a link, closed to others.
 */
export function privateCacheFolder(): string | null {
  const uid = process.getuid?.()
  const folder = join(tmpdir(), uid === undefined ? 'mlops-report-compile-cache' : `mlops-report-compile-cache-${uid}`)
  try {
    let stat = lstatSync(folder, {throwIfNoEntry: false})
    if (stat === undefined) {
      mkdirSync(folder, {mode: 0o700})
      stat = lstatSync(folder)
    }
    if (!stat.isDirectory()) return null
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return null
    return folder
  } catch {
    return null
  }
}

/**
 * What a cache was made from: the bundle file as it is on disk (a rebuild or
 * an upgrade in place changes its change time; npm gives every file the same
 * modification time) and the Node that compiled it. V8 itself checks only the
 * source's length and its own version and flags.
 */
function identityOf(file: string, descriptor: number): string {
  const stat = fstatSync(descriptor)
  return `${file}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}\0${process.version}-${process.arch}\n`
}

const CACHE_SUFFIX = '.v8-code-cache'

/** FNV-1a of the path: one cache file per installed copy, replaced when that copy changes. */
function cacheFileName(file: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < file.length; index++) hash = Math.imul(hash ^ file.charCodeAt(index), 0x01000193)
  return `${(hash >>> 0).toString(16).padStart(8, '0')}${CACHE_SUFFIX}`
}

function runWithCodeCache(file: string, folder: string, require: NodeJS.Require): unknown {
  const descriptor = openSync(file, 'r')
  let source: string
  let identity: string
  try {
    identity = identityOf(file, descriptor)
    source = readFileSync(descriptor, 'utf8')
  } finally {
    closeSync(descriptor)
  }
  const cacheFile = join(folder, cacheFileName(file))
  const cachedData = readCache(cacheFile, identity)
  // Node's own CommonJS wrapper, on the same line as the source so that line numbers stay.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? {cachedData} : {})
  })
  // Made at exit, the cache holds every function this run compiled, not only the top level.
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeCache(cacheFile, identity, script))
  const module = {exports: {}}
  const wrapper = script.runInThisContext() as (this: unknown, ...args: unknown[]) => void
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file))
  return module.exports
}

function readCache(cacheFile: string, identity: string): Buffer | undefined {
  let stored: Buffer
  try {
    stored = readFileSync(cacheFile)
  } catch {
    return undefined
  }
  const header = Buffer.from(identity)
  if (stored.length <= header.length || !stored.subarray(0, header.length).equals(header)) return undefined
  return stored.subarray(header.length)
}

/** Written beside and renamed into place: a run that reads it meanwhile sees the old cache or the new one, never half of one. */
function writeCache(cacheFile: string, identity: string, script: Script): void {
  const partial = `${cacheFile}.${process.pid}`
  try {
    writeFileSync(partial, Buffer.concat([Buffer.from(identity), script.createCachedData()]), {mode: 0o600})
    renameSync(partial, cacheFile)
  } catch {
    try {
      rmSync(partial, {force: true})
    } catch {
      // Nothing was written, or it cannot be removed: the next run writes again.
    }
    return
  }
  pruneCaches(dirname(cacheFile))
}

/**
 * Removes the caches of copies that are gone (an npx or test install since
 * deleted): each names its bundle's path in its header. Done only when a
 * cache was just written, so a run that reads one never pays for it.
 */
function pruneCaches(folder: string): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.endsWith(CACHE_SUFFIX)) continue
    const path = join(folder, name)
    try {
      const bundle = readFileSync(path).subarray(0, 4096).toString('utf8').split('\0', 1)[0]!
      if (!existsSync(bundle)) rmSync(path, {force: true})
    } catch {
      // Removed meanwhile by another run pruning, or not readable: left for next time.
    }
  }
}
