/**
 * The GitHub Action as the runner starts it: `node` on action.yml's `main`
 * (the committed bundle) in the workspace, inputs as INPUT_* variables, and
 * a job summary file. The committed bundle must be the one the sources build.
 */

import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {words} from '../packages/core/test/fixture-report.js'
import {run, setAnswer, studentRepo} from './support/git-repo.js'
import type {SarifLog} from 'mlops-report'
import {sarifSchemaErrors} from './support/sarif.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

const actionMain = join(repoRoot, (/^\s*main:\s*(\S+)/m.exec(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) ?? [])[1] ?? 'missing')

function runAction(workspace: string, inputs: Record<string, string>) {
  const runnerFiles = tempDir('mlops-report-runner-')
  const summary = join(runnerFiles, 'summary.md')
  const outputs = join(runnerFiles, 'outputs')
  writeFileSync(summary, '')
  writeFileSync(outputs, '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
    RUNNER_TEMP: runnerFiles
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const result = run('node', [actionMain], workspace, {env})
  return {...result, summary: readFileSync(summary, 'utf8'), outputs: readFileSync(outputs, 'utf8'), runnerFiles}
}

describe('the GitHub Action', () => {
  it('annotates each finding, writes a per-question table to the job summary and fails the job on a failing report', () => {
    const repo = studentRepo()
    setAnswer(repo, 4, words(86))
    const result = runAction(repo.dir, {path: '', strict: 'false', constraints: 'official'})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^::error file=reports\/README\.md,line=\d+,col=1,endLine=\d+,endColumn=\d+,title=question-length::Question 4: 86 words/m)
    expect(result.summary).toContain('### ❌ `reports/README.md`')
    expect(result.summary).toContain('| 4 | ❌ Fails | 86 (100–200) |  |')
    expect(result.summary).toContain('| 5 | ✅ Passes |')
  })

  it('passes the job on a passing report, and checks the paths it is given', () => {
    const repo = studentRepo({reportFolder: 'docs/report'})
    const result = runAction(repo.dir, {path: 'docs/report/README.md\n', strict: 'false', constraints: 'official'})
    expect(result.status, result.output).toBe(0)
    expect(result.summary).toContain('### ✅ `docs/report/README.md`')
    expect(result.summary.match(/✅ Passes/g)).toHaveLength(31)
    // Globs one per line, as the input's other paths; what they leave out is not checked.
    const globbed = runAction(repo.dir, {path: 'docs/*/README.md\n!docs/draft\n', strict: 'false', constraints: 'official'})
    expect(globbed.status, globbed.output).toBe(0)
    expect(globbed.summary).toContain('### ✅ `docs/report/README.md`')
  })

  it('fails on warnings with strict, and says so on a bad input', () => {
    const repo = studentRepo()
    setAnswer(repo, 4, `${words(120)} https://example.org`)
    expect(runAction(repo.dir, {strict: 'true'}).status).toBe(1)
    const bad = runAction(repo.dir, {strict: 'maybe'})
    expect(bad.status).toBe(2)
    expect(bad.stdout).toContain('::error title=mlops-report::input "strict" must be true or false, not "maybe"')
  })
})

describe('the sarif input', () => {
  it('writes the findings as SARIF 2.1.0 for code scanning, its path as the sarif-file output', () => {
    const repo = studentRepo()
    setAnswer(repo, 4, words(86))
    const result = runAction(repo.dir, {sarif: 'true'})
    expect(result.status).toBe(1)
    expect(result.outputs).toBe(`sarif-file=${join(result.runnerFiles, 'mlops-report.sarif')}\n`)
    const log = JSON.parse(readFileSync(join(result.runnerFiles, 'mlops-report.sarif'), 'utf8')) as SarifLog
    expect(sarifSchemaErrors(log)).toEqual([])
    const length = log.runs[0]!.results.find((entry) => entry.ruleId === 'question-length')!
    expect(length.level).toBe('error')
    expect(length.locations[0]!.physicalLocation.artifactLocation).toEqual({uri: 'reports/README.md', uriBaseId: '%SRCROOT%'})
    // Annotations and the job summary as without it.
    expect(result.stdout).toMatch(/^::error file=reports\/README\.md,.*title=question-length::/m)
    expect(result.summary).toContain('| 4 | ❌ Fails |')
  })

  it('writes nothing unless asked, and refuses a value that is not true or false', () => {
    const repo = studentRepo()
    const quiet = runAction(repo.dir, {})
    expect(quiet.outputs).toBe('')
    expect(readdirSync(quiet.runnerFiles).sort()).toEqual(['outputs', 'summary.md'])
    const bad = runAction(repo.dir, {sarif: 'yes'})
    expect(bad.status).toBe(2)
    expect(bad.stdout).toContain('::error title=mlops-report::input "sarif" must be true or false, not "yes"')
  })
})

describe('the python-markdown input', () => {
  it("judges the hand-in under the release it names: a comment closed with '-- >' fails the job only under Debian's", () => {
    const repo = studentRepo()
    setAnswer(repo, 4, `${words(120)} <!-- draft -- >`)
    const byDefault = runAction(repo.dir, {})
    expect(byDefault.status, byDefault.output).toBe(0)
    expect(byDefault.stdout).toMatch(/^::warning .*title=handin-rendering::Comment closed with `-- >`: under Python-Markdown 3\.7/m)
    const debian = runAction(repo.dir, {'python-markdown': '3.4-debian'})
    expect(debian.status).toBe(1)
    expect(debian.stdout).toMatch(/^::error .*title=handin-hangs::.*under Debian's Python-Markdown 3\.4\.1/m)
    const bad = runAction(repo.dir, {'python-markdown': 'latest'})
    expect(bad.status).toBe(2)
    expect(bad.stdout).toContain(`::error title=mlops-report::input "python-markdown" must be '3.7' (the default), '3.10' or '3.4-debian', not "latest"`)
  })
})

describe('the committed dist/', () => {
  it('is what scripts/bundle-dist.mjs builds from the sources (run `pnpm run bundle` after changing them)', () => {
    const fresh = tempDir('mlops-report-dist-')
    const built = run('node', [join(repoRoot, 'scripts', 'bundle-dist.mjs'), '--out', fresh], repoRoot)
    expect(built.status, built.output).toBe(0)
    const list = (dir: string, prefix = ''): string[] =>
      readdirSync(join(dir, prefix), {withFileTypes: true}).flatMap((entry) =>
        entry.isDirectory() ? list(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]
      )
    const files = list(fresh).sort()
    expect(list(join(repoRoot, 'dist')).sort()).toEqual(files)
    for (const file of files) {
      expect(readFileSync(join(repoRoot, 'dist', file), 'utf8') === readFileSync(join(fresh, file), 'utf8'), `dist/${file} is out of date`).toBe(true)
    }
  })
})

describe('the workflows', () => {
  it('are valid YAML with jobs, and the reusable Pages workflow builds with mlops-report-site', async () => {
    const {parse} = await import('yaml')
    const folder = join(repoRoot, '.github', 'workflows')
    for (const file of readdirSync(folder)) {
      const workflow = parse(readFileSync(join(folder, file), 'utf8')) as {on: unknown; jobs: Record<string, {steps?: Array<{uses?: string; run?: string}>}>}
      expect(workflow.on, file).toBeDefined()
      expect(Object.keys(workflow.jobs).length, file).toBeGreaterThan(0)
    }
    const reusable = parse(readFileSync(join(folder, 'report-pages.yml'), 'utf8')) as {
      on: Record<string, unknown>
      jobs: {build: {steps: Array<{run?: string; uses?: string}>}}
    }
    expect(Object.keys(reusable.on)).toEqual(['workflow_call'])
    expect(reusable.jobs.build.steps.some((step) => step.run?.includes('mlops-report-site'))).toBe(true)
    expect(reusable.jobs.build.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true)
  })
})
