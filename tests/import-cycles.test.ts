/**
 * No package's sources import themselves round a cycle, types included: a
 * cycle makes the order modules run in depend on which one is imported first,
 * and ties files that should each have one job.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot} from './support/shared.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Each file's relative imports and re-exports (`from './x.js'`, `import('./x.js')`), as the source files they name. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files)
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, specifier]) => {
      const base = resolve(dirname(file), specifier!).replace(/\.js$/, '')
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter((candidate) => known.has(candidate)).slice(0, 1)
    })
    graph.set(file, targets)
  }
  return graph
}

/** The cycles found by a depth-first walk, each as the files round it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push(path.slice(path.indexOf(target)))
      else if (!state.has(target)) visit(target)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  return found
}

describe('the sources', () => {
  const packages = readdirSync(join(repoRoot, 'packages'))

  it('finds the imports it looks for (a cycle planted in a copy of the graph is found)', () => {
    const graph = importGraph(sourceFiles(join(repoRoot, 'packages', 'core', 'src')))
    expect([...graph.values()].flat().length).toBeGreaterThan(30)
    const [file, targets] = [...graph].find(([, imports]) => imports.length > 0)!
    const planted = new Map(graph).set(targets[0]!, [...graph.get(targets[0]!)!, file])
    expect(cycles(planted).length).toBeGreaterThan(0)
  })

  it.each(packages)('of %s import no module round a cycle', (name) => {
    const src = join(repoRoot, 'packages', name, 'src')
    const found = cycles(importGraph(sourceFiles(src))).map((cycle) => cycle.map((file) => relative(src, file)).join(' → '))
    expect(found).toEqual([])
  })
})
