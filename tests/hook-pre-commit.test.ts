/**
 * The pre-commit framework route, as a student meets it: Debian's
 * `pre-commit`, a repository whose `.pre-commit-config.yaml` names this
 * project (a snapshot of its work tree, cloned by pre-commit like any hook
 * repository) at a commit, `mlops-report init` to add the hook,
 * `pre-commit install`, and real `git commit`s.
 */

import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {words} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {git, hookRepository, png, repositoryState, run, setAnswer, type StudentRepo, studentRepo, expectPartialStagingKept} from './support/git-repo.js'
import {tempDir} from './support/temp.js'

const hasPreCommit = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'}).status === 0
if (!hasPreCommit && process.env.CI) throw new Error('pre-commit is not installed: the test command installs it with apt-get')

let preCommitHome = ''

function commit(repo: StudentRepo, message: string, ...args: string[]) {
  return run('git', ['commit', '-m', message, ...args], repo.dir, {env: {PRE_COMMIT_HOME: preCommitHome}})
}

/** A student repository with the hook added by `mlops-report init` and installed by `pre-commit install`. */
function hookedRepo(options: Parameters<typeof studentRepo>[0] = {}, hookArgs?: string[]): StudentRepo {
  const repo = studentRepo(options)
  const hook = hookRepository()
  const init = runCli(['init', '--hook-repo', hook.path, '--hook-rev', hook.rev], {cwd: repo.dir})
  expect(init.stderr).toBe('')
  expect(init.status).toBe(0)
  if (hookArgs) {
    const config = join(repo.dir, '.pre-commit-config.yaml')
    writeFileSync(config, `${readFileSync(config, 'utf8').trimEnd()}\n        args: ${JSON.stringify(hookArgs)}\n`)
  }
  git(repo.dir, ['add', '.pre-commit-config.yaml'])
  git(repo.dir, ['commit', '--quiet', '--no-verify', '-m', 'Add the report hook'])
  const installed = run('pre-commit', ['install'], repo.dir, {env: {PRE_COMMIT_HOME: preCommitHome}})
  expect(installed.status, installed.output).toBe(0)
  return repo
}

describe.skipIf(!hasPreCommit)('the pre-commit framework route', () => {
  beforeAll(() => {
    preCommitHome = tempDir('mlops-report-pre-commit-home-', {forFile: true})
  })

  it('installs the hook from a plain clone at a commit and lets a passing report commit', () => {
    const repo = hookedRepo()
    setAnswer(repo, 5, words(150, 'better'))
    git(repo.dir, ['add', repo.reportPath])
    const committed = commit(repo, 'Longer answer')
    expect(committed.output).toMatch(/mlops-report \(course report\)\.+Passed/)
    expect(committed.status).toBe(0)
  })

  it('refuses a failing answer, naming the file, question, line, figures and --no-verify; --no-verify commits', () => {
    const repo = hookedRepo()
    setAnswer(repo, 4, words(86))
    git(repo.dir, ['add', repo.reportPath])
    const before = repositoryState(repo.dir)
    const refused = commit(repo, 'Short answer')
    expect(refused.status).toBe(1)
    const line = readFileSync(join(repo.dir, repo.reportPath), 'utf8').split('\n').indexOf(words(86)) + 1
    expect(refused.output).toContain(`reports/README.md:${line}:1  error  Question 4: 86 words, expected 100–200 (14 short)  question-length`)
    expect(refused.output).toContain('mlops-report: commit refused.')
    expect(refused.output).toContain('reports/README.md: question 4 fails the course checker.')
    expect(refused.output).toContain('git commit --no-verify')
    expect(repositoryState(repo.dir)).toEqual(before)

    expect(commit(repo, 'Short answer', '--no-verify').status).toBe(0)
    expect(git(repo.dir, ['log', '-1', '--format=%s']).trim()).toBe('Short answer')
  })

  it('commits a comment closed with "-- >" under the graders\' 3.7, and refuses it with args naming Debian\'s release, saying why', () => {
    // Under 3.7, the default, report.py html finishes: a warning, and the commit goes through.
    const repo = hookedRepo()
    setAnswer(repo, 4, `${words(120)} <!-- draft -- >`)
    git(repo.dir, ['add', repo.reportPath])
    const committed = commit(repo, 'Draft comment')
    expect(committed.output).toMatch(/mlops-report \(course report\)\.+Passed/)
    expect(committed.status).toBe(0)

    const debian = hookedRepo({}, ['--python-markdown', '3.4-debian'])
    setAnswer(debian, 4, `${words(120)} <!-- draft -- >`)
    git(debian.dir, ['add', debian.reportPath])
    const refused = commit(debian, 'Draft comment')
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(
      /reports\/README\.md:\d+:\d+ {2}error {2}The course's `report\.py html` never finishes on this comment under Debian's Python-Markdown 3\.4\.1: it ends with `-- >`/
    )
    expect(refused.output).toContain('reports/README.md: 1 handin-hangs error.')
  })

  it('does not run on a commit that touches neither the report nor a figure', () => {
    const repo = hookedRepo()
    setAnswer(repo, 4, words(3))
    git(repo.dir, ['add', repo.reportPath])
    expect(commit(repo, 'Bad report', '--no-verify').status).toBe(0)
    writeFileSync(join(repo.dir, 'src', 'train.py'), 'print("training harder")\n')
    git(repo.dir, ['add', 'src/train.py'])
    const committed = commit(repo, 'Code only')
    expect(committed.output).toMatch(/mlops-report \(course report\)\.+\(no files to check\)Skipped/)
    expect(committed.status).toBe(0)
  })

  it('judges the staged report, not the working copy', () => {
    const repo = hookedRepo()
    setAnswer(repo, 4, words(120, 'staged'))
    git(repo.dir, ['add', repo.reportPath])
    setAnswer(repo, 4, words(5, 'unstaged'))
    const good = commit(repo, 'Good staged, bad on disk')
    expect(good.output).toMatch(/Passed/)
    expect(good.status).toBe(0)
    expect(readFileSync(join(repo.dir, repo.reportPath), 'utf8')).toContain(words(5, 'unstaged'))

    git(repo.dir, ['add', repo.reportPath])
    setAnswer(repo, 4, words(120, 'fixed'))
    const bad = commit(repo, 'Bad staged, good on disk')
    expect(bad.status).toBe(1)
    expect(bad.output).toContain('Question 4: 5 words')
  })

  it('refuses a figure that is on disk but not staged, and one that .gitignore hides, saying how to add it', () => {
    const repo = hookedRepo()
    writeFileSync(join(repo.dir, 'reports', 'figures', 'new.png'), png)
    setAnswer(repo, 4, `${words(120)}\n\n![new](figures/new.png)`)
    git(repo.dir, ['add', repo.reportPath])
    const untracked = commit(repo, 'Figure not added')
    expect(untracked.status).toBe(1)
    expect(untracked.output).toContain('Image `figures/new.png` is on disk but not committed')
    expect(untracked.output).toContain('Run `git add reports/figures/new.png`.')

    writeFileSync(join(repo.dir, '.gitignore'), '__pycache__/\n*.png\n')
    git(repo.dir, ['add', '.gitignore'])
    const ignored = commit(repo, 'Figure ignored')
    expect(ignored.status).toBe(1)
    expect(ignored.output).toContain('Image `figures/new.png` is on disk but ignored by git (.gitignore:2: *.png)')
    expect(ignored.output).toContain('git add -f reports/figures/new.png')

    git(repo.dir, ['add', '-f', 'reports/figures/new.png'])
    expect(commit(repo, 'Figure added').status).toBe(0)
  })

  it('checks the report when only a figure it uses is staged', () => {
    const repo = hookedRepo()
    setAnswer(repo, 4, words(3))
    git(repo.dir, ['add', repo.reportPath])
    expect(commit(repo, 'Bad report', '--no-verify').status).toBe(0)
    writeFileSync(join(repo.dir, 'reports', 'figures', 'q14-0.png'), Buffer.concat([png, Buffer.from([0])]))
    git(repo.dir, ['add', 'reports/figures/q14-0.png'])
    const refused = commit(repo, 'New figure')
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('Question 4: 3 words')
  })

  it('loses nothing with a partially staged report, refused or accepted', () => {
    const repo = hookedRepo()
    expectPartialStagingKept(repo, (message) => commit(repo, message))
  })

  it('works for a report at the root, in a folder with spaces, and with CRLF line ends', () => {
    for (const [options, shown] of [
      [{reportFolder: ''}, 'README.md'],
      [{reportFolder: 'group 7/reports'}, 'group 7/reports/README.md'],
      [{crlf: true}, 'reports/README.md']
    ] as const) {
      const repo = hookedRepo(options)
      setAnswer(repo, 4, words(86))
      git(repo.dir, ['add', repo.reportPath])
      const refused = commit(repo, 'Short answer')
      expect(refused.status, `${shown}:\n${refused.output}`).toBe(1)
      expect(refused.output).toContain(`${shown}:`)
      expect(refused.output).toContain('Question 4: 86 words, expected 100–200 (14 short)')
      setAnswer(repo, 4, words(120))
      git(repo.dir, ['add', repo.reportPath])
      expect(commit(repo, 'Long enough').status).toBe(0)
    }
  })

  it('lets warnings through, unless the hook is configured with --strict', () => {
    const warningOnly = `${words(120)} see https://example.org/dashboard`
    const lenient = hookedRepo()
    setAnswer(lenient, 4, warningOnly)
    git(lenient.dir, ['add', lenient.reportPath])
    const passed = commit(lenient, 'A bare URL')
    expect(passed.status).toBe(0)

    const strict = hookedRepo({}, ['--strict'])
    setAnswer(strict, 4, warningOnly)
    git(strict.dir, ['add', strict.reportPath])
    const refused = commit(strict, 'A bare URL')
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('handin-rendering')
    expect(refused.output).toContain('1 warning (--strict)')
  })
})
