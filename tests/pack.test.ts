/**
 * The packages as npm would publish them: `npm pack` each one, install the
 * tarballs into a fresh project (third-party dependencies from the registry),
 * and use them as a student would.
 */

import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {publishable, packTarballs} from './support/tarballs.js'
import {tempDir} from './support/temp.js'

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', npm_config_fund: 'false', npm_config_audit: 'false'}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('npm pack gives working tarballs', () => {
  let project = ''

  beforeAll(() => {
    const tarballs = packTarballs()
    project = tempDir('mlops-report-project-', {forFile: true})
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'student-project', private: true, type: 'module'}))
    const files = [...tarballs.values()]
    expect(files).toHaveLength(publishable.length)
    const installed = run('npm', ['install', '--no-package-lock', ...files, 'remark-cli@12'], project)
    if (installed.status !== 0) throw new Error(`npm install failed:\n${installed.stderr}`)
    mkdirSync(join(project, 'reports'))
    writeFileSync(join(project, 'reports', 'README.md'), fixtureReport({answers: {4: words(86)}}))
  }, 300_000)

  it('mlops-report check runs from the installed tarball', () => {
    const checked = run(join(project, 'node_modules', '.bin', 'mlops-report'), ['check', '--quiet'], project)
    expect(checked.stdout).toContain('Question 4: 86 words, expected 100–200 (14 short)  question-length')
    expect(checked.status).toBe(1)
  })

  it('mlops-report html loads its renderer from the installed tarball', () => {
    const rendered = run(join(project, 'node_modules', '.bin', 'mlops-report'), ['html', 'reports', '-o', '-'], project)
    expect(rendered.status).toBe(0)
    expect(rendered.stdout).toContain('<strong>Fails: </strong>86 words (expected 100–200)')
  })

  it('remark-cli picks the preset up from .remarkrc.mjs', () => {
    writeFileSync(join(project, '.remarkrc.mjs'), "export default {plugins: ['remark-preset-lint-mlops-report']}\n")
    const linted = run(join(project, 'node_modules', '.bin', 'remark'), ['--quiet', '--no-color', 'reports/README.md'], project)
    expect(linted.stderr).toContain('Question 4: 86 words, expected 100–200 (14 short)')
    expect(linted.status).toBe(1)
  })
})
