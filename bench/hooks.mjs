#!/usr/bin/env node
/**
 * What the commit hook costs a student, side by side in one run:
 *
 * - husky route: `git commit` through husky + lint-staged + mlops-report
 *   against `git commit --no-verify`, the seed report staged. Target: the
 *   hook adds ≤ 0.6 s.
 * - pre-commit route: our hook against a `language: system` hook that runs
 *   `true` on the same file, both through pre-commit. Target: ≤ +0.2 s.
 * - first use: pre-commit's one-time set-up of our hook (its `npm install`
 *   at this repository's root, `npm pack`, `npm install -g`). Target: ≤ 60 s;
 *   what it installs and its size are printed.
 *
 * Rounds interleave; each command's fastest run is compared (noise on a
 * shared machine only adds time). Needs git, Debian's pre-commit, the
 * registry (husky, lint-staged) and ../shared.
 */

import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seed = join(root, '..', 'shared', 'seed', 'README.md')
const rounds = Number(process.env.BENCH_RUNS ?? 10)
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false'
}

function run(command, args, cwd, extra = {}) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...env, ...extra}})
  if (result.error) throw result.error
  return result
}

function must(command, args, cwd, extra) {
  const result = run(command, args, cwd, extra)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`)
  return result.stdout
}

function seconds(command, args, cwd, extra) {
  const started = process.hrtime.bigint()
  run(command, args, cwd, extra)
  return Number(process.hrtime.bigint() - started) / 1e9
}

function folderSize(path) {
  const stats = statSync(path, {throwIfNoEntry: false})
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.size
  return readdirSync(path).reduce((total, name) => total + folderSize(join(path, name)), 0)
}

for (const [what, ok] of [
  ['../shared/seed/README.md', existsSync(seed)],
  ['the committed dist/ bundle', existsSync(join(root, 'dist', 'mlops-report.cjs'))],
  ['pre-commit (apt-get install pre-commit)', run('pre-commit', ['--version'], root).status === 0]
]) {
  if (!ok) {
    console.error(`bench: ${what} is missing`)
    process.exit(2)
  }
}

const work = mkdtempSync(join(tmpdir(), 'mlops-report-bench-hooks-'))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))

/** A repository with the seed report staged on top of one commit. */
function studentRepository(name) {
  const dir = join(work, name)
  mkdirSync(join(dir, 'reports'), {recursive: true})
  must('git', ['init', '--quiet', '--initial-branch=main'], dir)
  writeFileSync(join(dir, 'train.py'), 'print("train")\n')
  must('git', ['add', '.'], dir)
  must('git', ['commit', '--quiet', '--no-verify', '-m', 'start'], dir)
  copyFileSync(seed, join(dir, 'reports', 'README.md'))
  must('git', ['add', 'reports/README.md'], dir)
  return dir
}

/** This repository as pre-commit clones it: its committed files at HEAD, with the work tree's dist/. */
function hookRepository() {
  const dir = join(work, 'hook-repository')
  must('git', ['clone', '--quiet', '--no-hardlinks', root, dir], work)
  return {dir, rev: must('git', ['rev-parse', 'HEAD'], dir).trim()}
}

const minimum = (values) => Math.min(...values)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const lines = []

// husky + lint-staged, with the hook package installed from its tarball (no registry for ours).
{
  const dir = studentRepository('husky')
  const packed = must('npm', ['pack', '--ignore-scripts', '--pack-destination', work], root).trim().split('\n').at(-1)
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      private: true,
      scripts: {prepare: 'husky'},
      'lint-staged': {'{README.md,*.{png,jpg,jpeg}}': 'mlops-report check --staged'}
    })
  )
  must('npm', ['install', '--no-package-lock', '--save-dev', join(work, packed), 'husky@9.1.7', 'lint-staged@16.4.0'], dir)
  // `npm install <packages>` does not run the project's own prepare script.
  must(join(dir, 'node_modules', '.bin', 'husky'), [], dir)
  writeFileSync(join(dir, '.husky', 'pre-commit'), 'lint-staged\n')
  const withHook = []
  const without = []
  for (let round = 0; round < rounds; round++) {
    withHook.push(seconds('git', ['commit', '--quiet', '-m', 'seed'], dir))
    without.push(seconds('git', ['commit', '--quiet', '--no-verify', '-m', 'seed'], dir))
    must('git', ['reset', '--quiet', '--soft', 'HEAD~1'], dir)
  }
  const added = minimum(withHook) - minimum(without)
  lines.push(
    `husky route: git commit ${minimum(withHook).toFixed(3)} s (median ${median(withHook).toFixed(3)}), --no-verify ${minimum(without).toFixed(3)} s: the hook adds ${added.toFixed(3)} s (target ≤ 0.6 s) ${added <= 0.6 ? 'OK' : 'MISSED'}`
  )
}

// pre-commit: first use, then our hook against `true`.
{
  const hook = hookRepository()
  const dir = studentRepository('pre-commit')
  const home = join(work, 'pre-commit-home')
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    [
      'repos:',
      `  - repo: ${hook.dir}`,
      `    rev: ${hook.rev}`,
      '    hooks:',
      '      - id: mlops-report',
      '  - repo: local',
      '    hooks:',
      '      - id: true-hook',
      '        name: "true"',
      '        entry: "true"',
      '        language: system',
      '        files: (?i)(^|/)README\\.md$|\\.(png|jpe?g)$',
      ''
    ].join('\n')
  )
  const started = process.hrtime.bigint()
  must('pre-commit', ['install-hooks'], dir, {PRE_COMMIT_HOME: home})
  const firstUse = Number(process.hrtime.bigint() - started) / 1e9
  const environments = readdirSync(home).filter((name) => name.startsWith('repo'))
  const installed = environments.flatMap((name) => {
    const modules = join(home, name, 'node_env-system', 'lib', 'node_modules')
    return existsSync(modules) ? readdirSync(modules).map((pkg) => join(modules, pkg)) : []
  })
  const listing = installed.map((path) => {
    const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'))
    const dependencies = Object.keys(manifest.dependencies ?? {})
    return `${manifest.name}@${manifest.version} (${(folderSize(path) / 1024).toFixed(0)} KiB, ${dependencies.length} dependencies)`
  })
  lines.push(
    `pre-commit first use: ${firstUse.toFixed(1)} s (target ≤ 60 s) ${firstUse <= 60 ? 'OK' : 'MISSED'}; installs ${listing.join(', ') || 'nothing?'}; whole environment ${(environments.reduce((total, name) => total + folderSize(join(home, name)), 0) / 1024 / 1024).toFixed(1)} MiB`
  )

  const ours = []
  const baseline = []
  const file = ['--files', 'reports/README.md']
  for (let round = 0; round < rounds; round++) {
    ours.push(seconds('pre-commit', ['run', 'mlops-report', ...file], dir, {PRE_COMMIT_HOME: home}))
    baseline.push(seconds('pre-commit', ['run', 'true-hook', ...file], dir, {PRE_COMMIT_HOME: home}))
  }
  const added = minimum(ours) - minimum(baseline)
  lines.push(
    `pre-commit route: our hook ${minimum(ours).toFixed(3)} s (median ${median(ours).toFixed(3)}), \`true\` ${minimum(baseline).toFixed(3)} s: ours adds ${added.toFixed(3)} s (target ≤ 0.2 s) ${added <= 0.2 ? 'OK' : 'MISSED'}`
  )
}

console.log(lines.join('\n'))
