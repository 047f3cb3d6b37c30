import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCheck, type Output} from '../src/index.js'

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
