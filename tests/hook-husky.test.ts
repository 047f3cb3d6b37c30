/**
 * The husky + lint-staged route, as a group whose repository has a
 * package.json meets it: `mlops-report init`, then a plain `npm install`
 * (our packages from their packed tarballs, the rest from the registry), and
 * real `git commit`s through husky and lint-staged.
 */

import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {words} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {git, png, repositoryState, run, setAnswer, type StudentRepo, studentRepo, expectPartialStagingKept} from './support/git-repo.js'
import {packTarballs} from './support/tarballs.js'

const npmQuiet = {npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false'}

describe('the husky + lint-staged route', () => {
  let repo: StudentRepo
  let initOutput = ''

  beforeAll(() => {
    const tarballs = packTarballs([
      'core',
      'handin-markdown',
      'report-files',
      'report-html',
      'cli',
      'remark-lint-mlops-report',
      'remark-preset-lint-mlops-report'
    ])
    repo = studentRepo({forFile: true})
    writeFileSync(join(repo.dir, 'package.json'), `${JSON.stringify({name: 'group-7-dashboard', private: true, scripts: {test: 'node --test'}}, null, 4)}\n`)
    git(repo.dir, ['add', 'package.json'])
    git(repo.dir, ['commit', '--quiet', '--no-verify', '-m', 'A dashboard in Node'])
    const init = runCli(['init'], {cwd: repo.dir})
    expect(init.status, init.stderr).toBe(0)
    initOutput = init.stdout
    // What npm would fetch from the registry once we publish: the tarballs, for us and for each other.
    const manifest = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'))
    manifest.overrides = Object.fromEntries([...tarballs].map(([name, path]) => [name, `file:${path}`]))
    for (const name of ['mlops-report', 'remark-preset-lint-mlops-report']) manifest.devDependencies[name] = `file:${tarballs.get(name)}`
    writeFileSync(join(repo.dir, 'package.json'), JSON.stringify(manifest, null, 4))
    const installed = run('npm', ['install', '--no-package-lock'], repo.dir, {env: npmQuiet})
    if (installed.status !== 0) throw new Error(`npm install failed:\n${installed.output}`)
    git(repo.dir, ['add', 'package.json', '.husky/pre-commit', '.remarkrc.mjs'])
    git(repo.dir, ['commit', '--quiet', '--no-verify', '-m', 'Report hook'])
  }, 300_000)

  it('init chose husky for a repository with a package.json, kept its style, and says what comes next', () => {
    expect(initOutput).toContain('husky + lint-staged')
    expect(initOutput).toContain('updated package.json')
    expect(initOutput).toContain('created .husky/pre-commit')
    expect(initOutput).toContain('Next: run `npm install`')
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe('lint-staged\n')
    expect(git(repo.dir, ['config', 'core.hooksPath']).trim()).toBe('.husky/_')
  })

  it('init changes nothing on a second run', () => {
    const before = repositoryState(repo.dir)
    const again = runCli(['init'], {cwd: repo.dir})
    expect(again.stdout).toContain('nothing to change')
    expect(repositoryState(repo.dir)).toEqual(before)
  })

  it('refuses a failing answer with the reasons, commits a passing one, and --no-verify gets through', () => {
    setAnswer(repo, 4, words(86))
    git(repo.dir, ['add', repo.reportPath])
    const before = repositoryState(repo.dir)
    const refused = run('git', ['commit', '-m', 'Short answer'], repo.dir)
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(/README\.md:\d+:1 {2}error {2}Question 4: 86 words, expected 100–200 \(14 short\) {2}question-length/)
    expect(refused.output).toContain('mlops-report: commit refused.')
    expect(refused.output).toContain('git commit --no-verify')
    expect(repositoryState(repo.dir)).toEqual(before)

    setAnswer(repo, 4, words(130))
    git(repo.dir, ['add', repo.reportPath])
    const accepted = run('git', ['commit', '-m', 'Long enough'], repo.dir)
    expect(accepted.status, accepted.output).toBe(0)

    setAnswer(repo, 4, words(2))
    git(repo.dir, ['add', repo.reportPath])
    expect(run('git', ['commit', '--no-verify', '-m', 'Anyway'], repo.dir).status).toBe(0)
    setAnswer(repo, 4, words(130))
    git(repo.dir, ['add', repo.reportPath])
    expect(run('git', ['commit', '-m', 'Fixed'], repo.dir).status).toBe(0)
  })

  it('does not check a commit that touches neither the report nor a figure', () => {
    writeFileSync(join(repo.dir, 'src', 'train.py'), 'print("more")\n')
    git(repo.dir, ['add', 'src/train.py'])
    const committed = run('git', ['commit', '-m', 'Code'], repo.dir)
    expect(committed.status).toBe(0)
    expect(committed.output).not.toContain('mlops-report check')
  })

  it('refuses a figure that is on disk but not staged', () => {
    writeFileSync(join(repo.dir, 'reports', 'figures', 'extra.png'), png)
    setAnswer(repo, 4, `${words(130)}\n\n![extra](figures/extra.png)`)
    git(repo.dir, ['add', repo.reportPath])
    const refused = run('git', ['commit', '-m', 'Figure'], repo.dir)
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('Run `git add reports/figures/extra.png`.')
    git(repo.dir, ['add', 'reports/figures/extra.png'])
    expect(run('git', ['commit', '-m', 'Figure'], repo.dir).status).toBe(0)
  })

  it('loses nothing with a partially staged report, refused or accepted', () => {
    expectPartialStagingKept(repo, (message) => run('git', ['commit', '-m', message], repo.dir))
  })

  it('leaves a .remarkrc.mjs whose preset loads from the repository, as vscode-remark loads it', () => {
    const script =
      "const config = (await import('./.remarkrc.mjs')).default; const preset = (await import(config.plugins[0])).default; console.log(preset.plugins.length)"
    const loaded = run('node', ['--input-type=module', '-e', script], repo.dir)
    expect(loaded.stderr).toBe('')
    expect(Number(loaded.stdout)).toBeGreaterThan(10)
  })
})
