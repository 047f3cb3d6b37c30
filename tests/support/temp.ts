import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach} from 'vitest'

const perTest: string[] = []
const perFile: string[] = []

/** A fresh folder, removed after the test (or, with `forFile`, after the test file). */
export function tempDir(prefix = 'mlops-report-', {forFile = false} = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  ;(forFile ? perFile : perTest).push(dir)
  return dir
}

const remove = (dirs: string[]) => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true})
}

afterEach(() => remove(perTest))
afterAll(() => remove(perFile))
