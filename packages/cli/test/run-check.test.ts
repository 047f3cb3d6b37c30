import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCheck, type Output} from '../src/index.js'
import {batchFlags} from '../src/batch-runtime.js'

const dir = mkdtempSync(join(tmpdir(), 'mlops-report-cli-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const report = (name: string) => {
  const path = join(dir, `${name}.md`)
  // Any markdown will do: what is checked here is how many paths there are.
  writeFileSync(path, '### Question 1\n\n> Answer:\n\nSomething.\n')
  return path
}

function collect(): Output & {lines: string[]} {
  const lines: string[] = []
  return {lines, out: (text) => lines.push(text), err: (text) => lines.push(`! ${text}`)}
}

describe('runCheck hooks', () => {
  const options = {format: 'text', quiet: true, verbose: false} as const

  it('announce a batch once, before the first report of several', () => {
    const io = collect()
    const calls: number[] = []
    runCheck([report('a'), report('b')], options, io, {batchStarting: () => calls.push(io.lines.length)})
    expect(calls).toEqual([0])
  })

  it('stay silent for a single report', () => {
    let called = false
    runCheck([report('single')], options, collect(), {batchStarting: () => (called = true)})
    expect(called).toBe(false)
  })
})

describe('batchFlags', () => {
  it('uses the tier-up flag each V8 knows: a budget in V8 11, call counts from 12', () => {
    expect(batchFlags('11.3.244.8-node.38')).toMatch(/^--interrupt-budget=\d+ /)
    for (const version of ['12.4.254.21-node.57', '13.6.233.17-node.63']) {
      expect(batchFlags(version)).toMatch(/^--invocation-count-for-turbofan=\d+ --invocation-count-for-maglev=\d+ /)
      expect(batchFlags(version)).not.toContain('--interrupt-budget')
    }
  })

  it('sets nothing on a V8 it was not measured on', () => {
    expect(batchFlags('10.2.154.26-node.26')).toBeNull()
    expect(batchFlags('14.1.0')).toBeNull()
  })
})
