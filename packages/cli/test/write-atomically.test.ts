import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {writeAtomically} from '../src/write-atomically.js'

let dir = ''
afterEach(() => rmSync(dir, {recursive: true, force: true}))

describe('writeAtomically', () => {
  it('replaces a file, keeping its mode, and leaves nothing else behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'mlops-report-write-'))
    const path = join(dir, 'hook')
    writeFileSync(path, 'old', {mode: 0o755})
    writeAtomically(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(statSync(path).mode & 0o777).toBe(0o755)
    expect(readdirSync(dir)).toEqual(['hook'])
  })

  it('fails without leaving its temporary file, and without touching what was there', () => {
    dir = mkdtempSync(join(tmpdir(), 'mlops-report-write-'))
    // A folder where the file should go: the final rename fails (EISDIR), as any write error would.
    mkdirSync(join(dir, 'README.md'))
    writeFileSync(join(dir, 'README.md', 'inside'), 'kept')
    expect(() => writeAtomically(join(dir, 'README.md'), 'new')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/)
    expect(readdirSync(dir)).toEqual(['README.md'])
    expect(readFileSync(join(dir, 'README.md', 'inside'), 'utf8')).toBe('kept')
  })
})
