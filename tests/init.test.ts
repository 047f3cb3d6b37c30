/**
 * `mlops-report init` on real repositories: the route it picks, what it
 * prints, --dry-run and a second run changing nothing, and what it says when
 * it cannot help.
 */

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './support/cli.js'
import {git, repositoryState, studentRepo} from './support/git-repo.js'
import {tempDir} from './support/temp.js'

describe('mlops-report init', () => {
  it('writes a new .pre-commit-config.yaml in a Python repository, from any folder in it, and nothing on a second run', () => {
    const repo = studentRepo()
    const first = runCli(['init', 'src'], {cwd: repo.dir})
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('(the pre-commit framework; report: reports/README.md)')
    expect(first.stdout).toContain('created .pre-commit-config.yaml')
    expect(first.stdout).toMatch(/\nNext: run `pre-commit install`/)
    const config = readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8')
    expect(config).toContain('  - repo: https://github.com/mlops-report/mlops-report\n    rev: v0.1.0\n    hooks:\n      - id: mlops-report\n')
    const before = repositoryState(repo.dir)
    const second = runCli(['init'], {cwd: join(repo.dir, 'reports')})
    expect(second.stdout).toContain('nothing to change')
    expect(repositoryState(repo.dir)).toEqual(before)
  })

  it('shows with --dry-run what it would add, and writes nothing', () => {
    const repo = studentRepo()
    writeFileSync(
      join(repo.dir, '.pre-commit-config.yaml'),
      'repos:\n-   repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.1.6\n    hooks:\n    -   id: ruff\n'
    )
    const before = repositoryState(repo.dir)
    const dry = runCli(['init', '--dry-run'], {cwd: repo.dir})
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain(
      '  would update .pre-commit-config.yaml: adds the mlops-report hook\n  + -   repo: https://github.com/mlops-report/mlops-report\n'
    )
    expect(dry.stdout).toContain('(dry run: nothing was written)')
    expect(repositoryState(repo.dir)).toEqual(before)
  })

  it('says what is wrong, with exit status 2, outside a repository or on a config it cannot edit', () => {
    const outside = tempDir('mlops-report-not-a-repo-')
    mkdirSync(join(outside, 'reports'))
    const notRepo = runCli(['init'], {cwd: outside})
    expect(notRepo.status).toBe(2)
    expect(notRepo.stderr).toBe('mlops-report: .: not inside a git repository (run `git init` first)\n')

    const repo = studentRepo()
    writeFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'repos:\n  - repo: x\n   rev: [\n')
    const broken = runCli(['init'], {cwd: repo.dir})
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/^mlops-report: \.pre-commit-config\.yaml:\d+:\d+: not valid YAML/)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
    expect(runCli(['init', '--route', 'svn'], {cwd: repo.dir}).stderr).toContain('--route must be pre-commit or husky, not "svn"')
  })

  it('sets up husky + lint-staged on request, with a minimal private package.json', () => {
    const repo = studentRepo()
    const result = runCli(['init', '--route', 'husky'], {cwd: repo.dir})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('created package.json: a private package.json')
    const manifest = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'))
    expect(manifest.private).toBe(true)
    expect(manifest.scripts.prepare).toBe('husky')
    expect(git(repo.dir, ['status', '--porcelain']).split('\n').filter(Boolean).sort()).toEqual(['?? .husky/', '?? .remarkrc.mjs', '?? package.json'])
  })
})

describe('mlops-report check --staged, on what it cannot check', () => {
  it('says so outside a repository, and for a report the index does not have', () => {
    const outside = tempDir('mlops-report-not-a-repo-')
    writeFileSync(join(outside, 'README.md'), '### Question 1\n')
    const notRepo = runCli(['check', '--staged', 'README.md'], {cwd: outside})
    expect(notRepo.status).toBe(2)
    expect(notRepo.stderr).toBe(
      'mlops-report: README.md: not inside a git repository, so there is nothing staged to check (leave out --staged to check the file on disk)\n'
    )

    const repo = studentRepo()
    writeFileSync(join(repo.dir, 'reports', 'NEW.md'), '### Question 1\n')
    const unstaged = runCli(['check', '--staged', 'reports/NEW.md'], {cwd: repo.dir})
    expect(unstaged.status).toBe(2)
    expect(unstaged.stderr).toContain('reports/NEW.md: not staged or committed, so the commit will not contain it (run `git add reports/NEW.md`)')
  })

  it('passes quietly when the staged files hold no report', () => {
    const repo = studentRepo()
    writeFileSync(join(repo.dir, 'README.md'), '# A Python project\n')
    git(repo.dir, ['add', 'README.md'])
    const checked = runCli(['check', '--staged', 'README.md', 'src/train.py'], {cwd: repo.dir})
    expect(checked).toMatchObject({status: 0, stdout: '', stderr: ''})
  })
})
