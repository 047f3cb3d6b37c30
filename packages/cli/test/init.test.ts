import {describe, expect, it} from 'vitest'
import {describeChange} from '../src/init/file-changes.js'
import {huskyHookChange, lintStagedPattern, packageJsonChange} from '../src/init/husky-setup.js'
import {addHook, hasHook, newPreCommitConfig} from '../src/init/pre-commit-config.js'

const source = {repo: 'https://github.com/mlops-report/mlops-report', rev: 'v0.1.0'}

const typical = `# See https://pre-commit.com for more information
default_language_version:
  python: python3.11
repos:
-   repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
    -   id: trailing-whitespace
    -   id: check-yaml   # keep
-   repo: "https://github.com/astral-sh/ruff-pre-commit"
    rev: 'v0.1.6'
    hooks:
    -   id: ruff
        args: [--fix]
    # the formatter is run in CI
# pre-commit.ci settings
ci:
  autofix_prs: true
`

describe('adding the hook to .pre-commit-config.yaml', () => {
  it('inserts one entry in the style of the last one, and leaves every other line as it was', () => {
    const result = addHook(typical, '.pre-commit-config.yaml', source)
    const added = ['-   repo: https://github.com/mlops-report/mlops-report', '    rev: v0.1.0', '    hooks:', '      - id: mlops-report']
    const lines = typical.split('\n')
    const insertAt = lines.indexOf('    # the formatter is run in CI') + 1
    expect(result.split('\n')).toEqual([...lines.slice(0, insertAt), ...added, ...lines.slice(insertAt)])
    expect(hasHook(result, 'x')).toBe(true)
    expect(hasHook(typical, 'x')).toBe(false)
  })

  it('follows an indented list and a file without a final newline', () => {
    const indented = 'repos:\n  - repo: local\n    hooks:\n      - id: pytest\n        name: pytest\n        entry: pytest\n        language: system'
    expect(addHook(indented, 'c', source)).toBe(
      `${indented}\n  - repo: https://github.com/mlops-report/mlops-report\n    rev: v0.1.0\n    hooks:\n      - id: mlops-report\n`
    )
  })

  it('adds a repos list to a config without one, and quotes what YAML would read otherwise', () => {
    expect(addHook('fail_fast: true\n', 'c', {repo: '/tmp/my hooks', rev: '1234'})).toBe(
      'fail_fast: true\nrepos:\n  - repo: "/tmp/my hooks"\n    rev: "1234"\n    hooks:\n      - id: mlops-report\n'
    )
  })

  it('refuses what it cannot edit line by line, saying where', () => {
    expect(() => addHook('repos: [{repo: local, hooks: []}]\n', '.pre-commit-config.yaml', source)).toThrow(/`repos` is not a block list; add the hook by hand/)
    expect(() => addHook('repos:\n  - repo: x\n   rev: [\n', '.pre-commit-config.yaml', source)).toThrow(/^\.pre-commit-config\.yaml:\d+:\d+: not valid YAML/)
  })

  it('writes a new config that reads back with the hook', () => {
    expect(hasHook(newPreCommitConfig(source), 'c')).toBe(true)
  })
})

describe('the husky route', () => {
  it('adds what package.json lacks, in its own indentation, and nothing on a second run', () => {
    const before = '{\n    "name": "x",\n    "scripts": {"test": "vitest"}\n}\n'
    const first = packageJsonChange(before, {mlopsReport: '^0.1.0'}, false)
    expect(first.text.startsWith('{\n    "name": "x",\n    "scripts": {\n        "test": "vitest",\n        "prepare": "husky"\n    },')).toBe(true)
    const manifest = JSON.parse(first.text)
    expect(manifest.devDependencies).toEqual({'mlops-report': '^0.1.0', 'remark-preset-lint-mlops-report': '^0.1.0', husky: '^9.1.7', 'lint-staged': '^16.4.0'})
    expect(manifest['lint-staged']).toEqual({[lintStagedPattern]: 'mlops-report check --staged'})
    const second = packageJsonChange(first.text, {mlopsReport: '^0.1.0'}, false)
    expect(second.added).toEqual([])
    expect(second.text).toBe(first.text)
  })

  it('keeps a prepare script that is not husky unless forced', () => {
    const before = JSON.stringify({scripts: {prepare: 'tsc'}})
    const kept = packageJsonChange(before, {mlopsReport: '^0.1.0'}, false)
    expect(JSON.parse(kept.text).scripts.prepare).toBe('tsc')
    expect(kept.kept[0]).toContain('add `husky` to it (or use --force')
    expect(JSON.parse(packageJsonChange(before, {mlopsReport: '^0.1.0'}, true).text).scripts.prepare).toBe('husky')
  })

  it('adds lint-staged to an existing husky hook instead of replacing it', () => {
    expect(huskyHookChange('npm test\n')?.after).toBe('npm test\nlint-staged\n')
    expect(huskyHookChange('npx lint-staged\n')).toBeNull()
    expect(huskyHookChange(null)?.executable).toBe(true)
  })
})

describe('--dry-run output', () => {
  it('shows the lines a change adds', () => {
    const text = describeChange({path: 'a.yaml', before: 'a: 1\nb: 2\n', after: 'a: 1\nc: 3\nb: 2\n', summary: 'adds c'})
    expect(text).toBe('update a.yaml: adds c\n  + c: 3')
  })
})
