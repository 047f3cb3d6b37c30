/**
 * The CLI runs from V8's code cache (packages/cli/src/compile-cache.ts): the
 * cache must change nothing a user sees, be made once and then reused, and be
 * read only from a folder no one else can write to. Each test gives the bin
 * its own temporary directory (TMPDIR), so the cache starts empty.
 */

import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {node24} from '../scripts/vscode-tools.mjs'
import {runCli} from './support/cli.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

const example = join(repoRoot, 'examples', 'report', 'README.md')
const scratch = tempDir('mlops-report-compile-cache-test-', {forFile: true})

const uid = process.getuid!()
let runs = 0
function freshTmp(): string {
  const folder = join(scratch, `tmp-${runs++}`)
  mkdirSync(folder)
  return folder
}
const cacheFolder = (tmp: string) => join(tmp, `mlops-report-compile-cache-${uid}`)
const cacheFiles = (tmp: string) => readdirSync(cacheFolder(tmp)).map((name) => join(cacheFolder(tmp), name))

/** The bundled example with question 4 cut to two words, so that a batch has a failure to print. */
const failing = join(scratch, 'failing.md')
const exampleText = readFileSync(example, 'utf8')
writeFileSync(failing, exampleText.replace(/(### Question 4\n[\s\S]*?> Answer:\n)[\s\S]*?(?=\n### )/, '$1\nToo short.\n'))

const check = (tmp: string, paths: string[], env: Record<string, string> = {}) => runCli(['check', ...paths], {env: {...process.env, TMPDIR: tmp, ...env}})

describe('the code cache', () => {
  const uncached = check(freshTmp(), [example, failing], {NODE_DISABLE_COMPILE_CACHE: '1'})

  it("is written by the first run into a folder of the user's own, closed to others", () => {
    const tmp = freshTmp()
    const first = check(tmp, [example, failing])
    expect(first).toEqual(uncached)
    expect(first.status).toBe(1)
    const folder = statSync(cacheFolder(tmp))
    expect(folder.mode & 0o777).toBe(0o700)
    const [file, ...others] = cacheFiles(tmp)
    expect(others).toEqual([])
    expect(statSync(file!).mode & 0o777).toBe(0o600)
  })

  it('is read, not written again, by later runs of one report or of several', () => {
    const tmp = freshTmp()
    check(tmp, [example, failing])
    // A cache made at the end of a batch is remade once (see batch-runtime.ts); from then on it stays.
    check(tmp, [example])
    const [file] = cacheFiles(tmp)
    const settled = readFileSync(file!)
    for (const paths of [[example], [example, failing], [failing], [example, failing, example]]) {
      const run = check(tmp, paths)
      expect(run.stderr).toBe('')
      expect(readFileSync(file!).equals(settled), `rewritten after checking ${paths.length}`).toBe(true)
    }
    expect(check(tmp, [example, failing])).toEqual(uncached)
  })

  it('that is damaged is replaced, and the run goes on as without it', () => {
    const tmp = freshTmp()
    check(tmp, [example])
    const [file] = cacheFiles(tmp)
    const good = readFileSync(file!)
    const header = good.indexOf(10) + 1
    for (const damaged of [
      Buffer.from('not a cache'),
      good.subarray(0, header + 100),
      Buffer.concat([good.subarray(0, header), Buffer.alloc(good.length - header, 7)])
    ]) {
      writeFileSync(file!, damaged)
      expect(check(tmp, [example, failing])).toEqual(uncached)
      expect(readFileSync(file!).length, 'a cache again').toBeGreaterThan(header + 1000)
    }
  })

  it('is not read from a folder others can write to, nor through a link', () => {
    const open = freshTmp()
    mkdirSync(cacheFolder(open), {mode: 0o777})
    chmodSync(cacheFolder(open), 0o777)
    expect(check(open, [example, failing])).toEqual(uncached)
    expect(cacheFiles(open)).toEqual([])

    const linked = freshTmp()
    const elsewhere = join(linked, 'elsewhere')
    mkdirSync(elsewhere, {mode: 0o700})
    symlinkSync(elsewhere, cacheFolder(linked))
    expect(check(linked, [example, failing])).toEqual(uncached)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('removes, when it writes one, the caches of copies that are gone', () => {
    const tmp = freshTmp()
    mkdirSync(cacheFolder(tmp), {mode: 0o700})
    const gone = join(cacheFolder(tmp), 'aaaaaaaa.v8-code-cache')
    const kept = join(cacheFolder(tmp), 'bbbbbbbb.v8-code-cache')
    writeFileSync(gone, `${join(scratch, 'deleted-install', 'cli.cjs')}\0header\n(code)`)
    writeFileSync(kept, `${example}\0header\n(code)`)
    expect(check(tmp, [example])).toMatchObject({status: 0, stderr: ''})
    expect(existsSync(gone)).toBe(false)
    expect(existsSync(kept)).toBe(true)
    expect(cacheFiles(tmp)).toHaveLength(2)
  })

  it('runs a bundle that never calls import() itself, which code from the cache cannot do', () => {
    for (const bundle of [join(repoRoot, 'packages', 'cli', 'dist', 'cli.cjs'), join(repoRoot, 'dist', 'cli.cjs')]) {
      expect(readFileSync(bundle, 'utf8'), bundle).not.toMatch(/\bimport\(/)
    }
  })

  it('leaves the commands that load a module of their own working, without a warning', () => {
    const tmp = freshTmp()
    const out = join(scratch, 'example.html')
    for (let run = 0; run < 2; run++) {
      const html = runCli(['html', example, '-o', out], {env: {...process.env, TMPDIR: tmp}})
      expect(html).toMatchObject({status: 0, stderr: `mlops-report: wrote ${out}\n`})
      expect(readFileSync(out, 'utf8')).toContain('<html')
    }
    expect(cacheFiles(tmp)).toHaveLength(1)
  })

  it('that cannot be read or written is done without', () => {
    const tmp = freshTmp()
    check(tmp, [example])
    const [file] = cacheFiles(tmp)
    // A folder where the cache file should be: reading it fails, and so does renaming a new cache onto it.
    rmSync(file!)
    mkdirSync(file!)
    writeFileSync(join(file!, 'keep'), '')
    for (let run = 0; run < 2; run++) expect(check(tmp, [example, failing])).toEqual(uncached)
    expect(readdirSync(cacheFolder(tmp)).sort()).toEqual([file!.slice(cacheFolder(tmp).length + 1)])
  })
})

/**
 * Node 24 keeps the cache itself (`module.enableCompileCache`), and its V8
 * knows other flags than Node 20's: a batch there must print nothing but
 * what it prints under Node 20 (the Node the tests run on).
 */
describe('under Node 24', () => {
  let node: string
  beforeAll(() => {
    node = node24().node
  }, 300_000)
  const bin = join(repoRoot, 'packages', 'cli', 'bin', 'mlops-report.cjs')
  const run = (args: string[], cache: string) => runCli([bin, ...args], {env: {...process.env, NODE_COMPILE_CACHE: cache}}, node)

  it("checks a batch as under Node 20, nothing on standard error, from Node's compile cache", () => {
    const expected = check(freshTmp(), [example, failing], {NODE_DISABLE_COMPILE_CACHE: '1'})
    const cache = join(freshTmp(), 'node-compile-cache')
    const first = run(['check', example, failing], cache)
    expect(first).toEqual(expected)
    const written = readdirSync(cache, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
    expect(written.length).toBeGreaterThan(0)
    const modified = written.map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs)
    expect(run(['check', example, failing], cache)).toEqual(expected)
    expect(written.map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs)).toEqual(modified)
  })

  it('loads the commands beside the CLI', () => {
    const out = join(scratch, 'node24.html')
    expect(run(['html', example, '-o', out], join(freshTmp(), 'node-compile-cache'))).toMatchObject({status: 0, stderr: `mlops-report: wrote ${out}\n`})
    expect(readFileSync(out, 'utf8')).toContain('<html')
  })
})
