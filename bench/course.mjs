#!/usr/bin/env node
/**
 * `mlops-report course` on a course of 150 groups (the course's size): local
 * bare repositories made from the corpus reports (each with its figures as
 * small files), served as file:// URLs from a group_info.csv. Measured: the
 * whole command cold (every repository cloned) and warm (a second run, all
 * up to date), its peak memory, and the course's own way on the same
 * reports — one `report.py check` and one `report.py html` Python process
 * per group. report.py itself is not here: a stand-in made from
 * ../shared/spec/official-checker.md reads, splits and counts as it does and
 * imports Python-Markdown as it does (typer, which it also imports, cannot
 * be installed here, so the course's way is if anything faster than in life).
 * Each repository also holds a small project (Python modules with imports,
 * tests, a Dockerfile, a workflow, pyproject.toml) for the scraper's figures
 * and the checklist's evidence to read. Where the time goes is printed stage
 * by stage, as the command reports it (MLOPS_REPORT_STAGE_TIMES=1).
 * Targets: warm and cold ≤ 0.1× the course's way; peak memory ≤ 300 MB; with
 * BENCH_BASELINE=<a built checkout of an earlier commit>, ≤ 1.5× its course
 * run on the same repositories.
 *
 * BENCH_GROUPS (default 150), BENCH_KEEP=1 keeps bench/.work/course.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
const oracle = join(root, '..', 'shared', 'oracles', 'python-markdown', '3.7')
const cli = join(root, 'packages', 'cli', 'bin', 'mlops-report.cjs')
const count = Number(process.env.BENCH_GROUPS ?? 150)
const work = join(root, 'bench', '.work', 'course')

if (!existsSync(corpus)) {
  console.error('bench: needs ../shared/corpus')
  process.exit(2)
}

const gitEnv = {...process.env, GIT_AUTHOR_NAME: 'g', GIT_AUTHOR_EMAIL: 'g@example.org', GIT_COMMITTER_NAME: 'g', GIT_COMMITTER_EMAIL: 'g@example.org'}
function git(cwd, args) {
  const result = spawnSync('git', args, {cwd, env: gitEnv, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

function seconds(command, args, options = {}) {
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options})
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  return {elapsed, result}
}

/** A group's project besides its report, each group's a little different. */
function projectFiles(group) {
  const files = {
    'pyproject.toml': `[project]\nname = "project${group}"\n\n[tool.ruff]\nline-length = 120\n`,
    'requirements.txt': 'torch\nhydra-core\nwandb\nfastapi\n',
    Dockerfile: 'FROM python:3.12-slim\nCOPY . .\n',
    '.github/workflows/tests.yaml':
      'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest]\n    steps:\n      - run: ruff check .\n      - run: pytest --cov\n',
    'src/project/__init__.py': '',
    'src/project/data.py': 'import logging\nfrom pathlib import Path\n\n\ndef load(path: Path) -> list[str]:\n    return path.read_text().splitlines()\n',
    'src/project/model.py': 'import torch\nfrom torch import nn\n\n\nclass Model(nn.Module):\n    pass\n',
    'src/project/train.py': `import hydra\n${group % 2 === 0 ? 'import wandb\n' : ''}from project.model import Model\n\n\n@hydra.main(config_path="../../configs")\ndef train(config) -> None:\n    Model()\n`,
    'src/project/api.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
    'configs/train.yaml': 'lr: 0.001\n',
    'tests/test_data.py': 'from project.data import load\n\n\ndef test_load(tmp_path):\n    assert load\n'
  }
  for (let module = 0; module < 20; module++) files[`src/project/extra/module_${module}.py`] = `import os\n\nVALUE = ${module}\n`
  return files
}

rmSync(work, {recursive: true, force: true})
mkdirSync(join(work, 'served'), {recursive: true})
const reports = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'README.md')))
const rows = ['group_number,student_1,student_2,student_3,student_4,student_5,repo_url']
console.error(`bench: making ${count} repositories from ${reports.length} corpus reports…`)
for (let group = 1; group <= count; group++) {
  const source = join(corpus, reports[(group - 1) % reports.length])
  const repo = join(work, 'repos', `g${group}`)
  mkdirSync(join(repo, 'reports'), {recursive: true})
  writeFileSync(join(repo, 'reports', 'README.md'), readFileSync(join(source, 'README.md')))
  const figures = existsSync(join(source, 'figures.txt')) ? readFileSync(join(source, 'figures.txt'), 'utf8').split('\n') : []
  for (const figure of figures.filter((path) => /\.(png|jpe?g)$/i.test(path) && !path.includes('..'))) {
    mkdirSync(dirname(join(repo, 'reports', figure)), {recursive: true})
    writeFileSync(join(repo, 'reports', figure), `figure ${figure}`)
  }
  writeFileSync(join(repo, 'README.md'), '# A group project\n')
  for (const [path, text] of Object.entries(projectFiles(group))) {
    mkdirSync(dirname(join(repo, path)), {recursive: true})
    writeFileSync(join(repo, path), text)
  }
  git(repo, ['init', '--quiet', '--initial-branch', 'main'])
  git(repo, ['add', '-A'])
  git(repo, ['commit', '--quiet', '-m', 'report'])
  git(work, ['clone', '--quiet', '--bare', repo, join(work, 'served', `g${group}.git`)])
  rows.push(`${group},s${group},,,,,file://${join(work, 'served', `g${group}.git`)}`)
}
writeFileSync(join(work, 'group_info.csv'), `${rows.join('\n')}\n`)

const hasTime = existsSync('/usr/bin/time')
function course(cliPath, out) {
  const args = [cliPath, 'course', 'group_info.csv', '--out', out]
  const options = {cwd: work, env: {...process.env, MLOPS_REPORT_STAGE_TIMES: '1'}}
  const {elapsed, result} = hasTime ? seconds('/usr/bin/time', ['-f', 'peak-kb %M', 'node', ...args], options) : seconds('node', args, options)
  // 1: some groups could not be judged (corpus reports the course checker stops on).
  if (result.status !== 0 && result.status !== 1) throw new Error(`course failed: ${result.stderr}`)
  const peak = /peak-kb (\d+)/.exec(result.stderr)
  const stages = /stage times \(summed over groups\): (.*)/.exec(result.stderr)
  return {elapsed, peakMb: peak ? Number(peak[1]) / 1024 : null, stages: stages ? stages[1] : null}
}
const cold = course(cli, 'out')
const warm = course(cli, 'out')
const baselineRoot = process.env.BENCH_BASELINE
const baseline = baselineRoot ? join(baselineRoot, 'packages', 'cli', 'bin', 'mlops-report.cjs') : null
const before = baseline ? {cold: course(baseline, 'out-baseline'), warm: course(baseline, 'out-baseline')} : null

// The course's way on the same reports: one Python process per command per group.
const standIn = join(root, 'bench', 'report_py_stand_in.py')
const env = {...process.env, PYTHONPATH: oracle}
let theirs = 0
for (let group = 1; group <= count; group++) {
  const report = join(work, 'out', `group_${group}`, 'reports', 'README.md')
  if (!existsSync(report)) continue
  theirs += seconds('python3', [standIn, 'check', report], {env}).elapsed
  theirs += seconds('python3', [standIn, 'html', report, join(work, 'out', `group_${group}`, 'theirs.html')], {env}).elapsed
}

const summary = JSON.parse(readFileSync(join(work, 'out', 'summary.json'), 'utf8'))
console.log(`${count} groups (${summary.filter((row) => row.error === null).length} judged; the rest are corpus reports the course checker stops on)`)
console.log(`course, cold (every repository cloned): ${cold.elapsed.toFixed(2)} s; warm (all up to date): ${warm.elapsed.toFixed(2)} s`)
if (cold.stages) console.log(`where the time goes, cold: ${cold.stages}`)
if (warm.stages) console.log(`where the time goes, warm: ${warm.stages}`)
if (before) {
  const against = (now, then) => `${(now / then).toFixed(2)}× ${now / then <= 1.5 ? 'OK' : 'MISSED'}`
  console.log(`the baseline (${baselineRoot}): cold ${before.cold.elapsed.toFixed(2)} s, warm ${before.warm.elapsed.toFixed(2)} s`)
  console.log(
    `course against the baseline: cold ${against(cold.elapsed, before.cold.elapsed)}, warm ${against(warm.elapsed, before.warm.elapsed)} (target ≤ 1.5×)`
  )
}
console.log(`the course's way (report.py check + report.py html per group): ${theirs.toFixed(2)} s`)
const ratio = (value) => `${(value / theirs).toFixed(3)}× ${value / theirs <= 0.1 ? 'OK' : 'MISSED'}`
console.log(`course against the course's way: cold ${ratio(cold.elapsed)}, warm ${ratio(warm.elapsed)} (target ≤ 0.1×)`)
if (cold.peakMb !== null) {
  const peak = Math.max(cold.peakMb, warm.peakMb ?? 0)
  console.log(`peak memory: ${peak.toFixed(0)} MB (target ≤ 300 MB) ${peak <= 300 ? 'OK' : 'MISSED'}`)
}
if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
