/**
 * The checklist held against each group's repository by `course`: a real
 * repository served blobless (its blobs fetched by the run), whose report
 * ticks items the files show, items they do not, and one no file can show.
 */

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {CourseRow as Row} from 'mlops-report'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {git, png} from './support/git-repo.js'
import {tempDir} from './support/temp.js'

const checklist = [
  '## Overall project checklist',
  '',
  '## Week 1',
  '',
  '* [x] Construct one or multiple docker files for your code (M10)',
  '* [✅] Used Hydra to load the configurations and manage your hyperparameters (M11)',
  '* [X] Use Weights & Biases to log training progress and other important metrics/artifacts in your code (M14)',
  '* [x] Use PyTorch-lightning (if applicable) to reduce the amount of boilerplate in your code (M15)',
  '* [ ] Add pre-commit hooks to your version control setup (M18)',
  '* [x] = done, our own line',
  '',
  '### Extra',
  '',
  '* [x] Make sure all group members have an understanding about all parts of the project',
  '',
  ''
].join('\n')

function put(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
}

describe('course: the checklist against the repository', () => {
  const root = tempDir('mlops-report-course-checklist-', {forFile: true})
  const out = join(root, 'course')
  let run: ReturnType<typeof runCli>
  let row: Row

  beforeAll(() => {
    const work = join(root, 'work')
    const bare = join(root, 'served.git')
    mkdirSync(work, {recursive: true})
    git(work, ['init', '--quiet', '--initial-branch', 'main'])
    git(root, ['init', '--quiet', '--bare', '--initial-branch', 'main', bare])
    git(bare, ['config', 'uploadpack.allowFilter', 'true'])
    // The fixture's own checklist makes way for this one.
    put(work, {'reports/README.md': fixtureReport().replace(/## Checklist[\s\S]*?(?=## Questions)/, checklist)})
    for (const figure of fixtureFigures()) put(work, {[join('reports', figure)]: png})
    put(work, {
      'dockerfiles/api.dockerfile': 'FROM python:3.12-slim\n',
      'src/project/train.py': 'import hydra\n\n@hydra.main(config_path="../../configs")\ndef train(config) -> None:\n    pass\n',
      // Over the core's 1 MiB: only its name counts, its import is never read.
      'src/project/big_table.py': `import wandb\n${'# padding\n'.repeat(120_000)}`,
      // Not UTF-8: read as absent.
      'src/project/latin1.py': Buffer.from('import lightning\n# caf\xe9\n', 'latin1')
    })
    git(work, ['add', '-A'])
    git(work, ['commit', '--quiet', '-m', 'The project'], {env: {GIT_AUTHOR_DATE: '2026-01-10T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-10T12:00:00Z'}})
    git(work, ['push', '--quiet', bare, 'main'])
    run = runCli(['course', `file://${bare}`, '--deadline', '2026-01-23T23:59:00+01:00', '--out', out], {
      cwd: root,
      env: {...process.env, MLOPS_REPORT_STAGE_TIMES: '1'}
    })
    row = (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Row[])[0]!
  }, 120_000)

  it('judges the group', () => {
    expect(run.stderr).toContain('1 of 1 groups judged')
    expect(row.error).toBeNull()
  })

  it('says where the time went, stage by stage, when asked', () => {
    const line = run.stderr.split('\n').find((text) => text.includes('stage times'))
    for (const stage of ['mirror', 'tree', 'figures', 'report files', 'check', 'hand-in', 'checklist'])
      expect(line).toMatch(new RegExp(`${stage} \\d+\\.\\d s`))
  })

  it('counts the items, the ticks and the ticks the repository does not show', () => {
    expect(row).toMatchObject({checklist_items: 7, checklist_ticked: 6, checklist_unsupported: 2})
    const [header, line] = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')
    const cells = Object.fromEntries(header!.split(',').map((name, index) => [name, line!.split(',')[index]]))
    expect(cells).toMatchObject({checklist_items: '7', checklist_ticked: '6', checklist_unsupported: '2'})
  })

  it('writes checklist.csv, a row per item with its evidence and files', () => {
    const lines = readFileSync(join(out, 'checklist.csv'), 'utf8').trimEnd().split('\r\n')
    const group = row.group
    expect(lines).toEqual([
      'group,module,item,ticked,evidence,files',
      `${group},M10,Construct one or multiple docker files for your code (M10),yes,found,dockerfiles/api.dockerfile`,
      `${group},M11,Used Hydra to load the configurations and manage your hyperparameters (M11),yes,found,src/project/train.py`,
      `${group},M14,Use Weights & Biases to log training progress and other important metrics/artifacts in your code (M14),yes,none,`,
      `${group},M15,Use PyTorch-lightning (if applicable) to reduce the amount of boilerplate in your code (M15),yes,none,`,
      `${group},M18,Add pre-commit hooks to your version control setup (M18),no,none,`,
      // A line of the students' own that starts like a formula stays text in a spreadsheet.
      `${group},,'= done, our own line,yes,not checkable,`.replace("'= done, our own line", `"'= done, our own line"`),
      `${group},,Make sure all group members have an understanding about all parts of the project,yes,not checkable,`
    ])
  })

  it("writes the group's checklist.json beside its report, with what was looked for and what is missing", () => {
    const entries = JSON.parse(readFileSync(join(out, row.group, 'checklist.json'), 'utf8'))
    expect(entries[2]).toMatchObject({
      item: expect.stringContaining('Weights & Biases'),
      mark: 'X',
      ticked: true,
      evidence: 'none',
      missing: 'no committed code imports wandb',
      line: 11
    })
    expect(entries[1]).toMatchObject({mark: '✅', rule: 'hydra', files: ['src/project/train.py']})
  })
})
