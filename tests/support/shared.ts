/**
 * Where `../shared` (the course material beside the project) is. Under CI a
 * missing folder fails the tests that need it; elsewhere they are skipped with
 * the reason, so a partial checkout still runs everything else.
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const sharedDir = resolve(repoRoot, '../shared')
export const sharedPresent = existsSync(join(sharedDir, 'corpus'))

// A public CI (GitHub Actions) has no course material: it says so with MLOPS_REPORT_WITHOUT_SHARED=1.
if (!sharedPresent && process.env.CI && !process.env.MLOPS_REPORT_WITHOUT_SHARED) {
  throw new Error(`../shared is missing (looked in ${sharedDir}): CI must run with the course material beside the project`)
}

export interface CorpusEntry {
  name: string
  dir: string
  readme: string
  generation: 27 | 31
  expected: {
    error: string | null
    passed: number | null
    total: number | null
    questions: Record<string, {pass: boolean; words?: number; images?: number; words_range?: [number, number]; images_range?: [number, number]}>
    warnings: string[]
  }
  files: string[]
}

export function corpus(): CorpusEntry[] {
  if (!sharedPresent) return []
  const root = join(sharedDir, 'corpus')
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name)
      const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as {template_generation: 27 | 31}
      return {
        name: entry.name,
        dir,
        readme: join(dir, 'README.md'),
        generation: source.template_generation,
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CorpusEntry['expected'],
        files: readFileSync(join(dir, 'figures.txt'), 'utf8').split('\n').filter(Boolean)
      }
    })
}
