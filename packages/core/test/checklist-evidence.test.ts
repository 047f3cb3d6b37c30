import {describe, expect, it} from 'vitest'
import {checkReport} from '../src/check.js'
import {checklistEvidence, checklistFigures, checklistRuleFor} from '../src/checklist/checklist-evidence.js'
import {checklistRules, isCheckable} from '../src/checklist/checklist-rules.js'
import {wantsText} from '../src/checklist/repository-files.js'

/** A checklist in the template's shape, items in our own shorter words where the rules allow. */
const report = [
  '## Overall project checklist',
  '',
  '### Week 1',
  '',
  '* [x] Create a git repository (M5)',
  '* [x] Construct one or multiple docker files for your code (M10)',
  '* [x] Used Hydra to load the configurations and manage your hyperparameters (M11)',
  '* [ ] Use Weights & Biases to log training progress (M14)',
  '* [x] Use logging to log important events in your code (M14)',
  '',
  '## Week 2',
  '',
  '* [✅] Write unit tests related to the data part of your code (M16)',
  '* [x] Get some continuous integration running on the GitHub repository (M17)',
  '* [x] Add a linting step to your continuous integration (M17)',
  '',
  '### Extra',
  '',
  '* [x] Make sure all group members have an understanding about all parts of the project',
  '* [x] Bake a cake for the teaching assistants',
  '',
  '### Question 1',
  '',
  '> Answer:',
  '',
  'An answer.',
  ''
].join('\n')

const checklist = checkReport(report).checklist

function snapshot(files: Record<string, string>) {
  const paths = Object.keys(files)
  const folders = new Set(
    paths.flatMap((path) =>
      path
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => parts.slice(0, index + 1).join('/'))
    )
  )
  return {paths: [...folders, ...paths].sort(), texts: new Map(Object.entries(files).filter(([path]) => wantsText(path)))}
}

describe('the checklist held against the repository', () => {
  const repository = snapshot({
    'docker/train.dockerfile': 'FROM python:3.12\n',
    'src/project/train.py': 'import hydra\nfrom loguru import logger\n\ndef main() -> None:\n    logger.info("go")\n',
    'tests/test_data.py': 'from project.data import load\n\n\ndef test_load():\n    assert load()\n',
    '.github/workflows/tests.yaml': 'jobs:\n  test:\n    steps:\n      - run: pytest\n'
  })
  const evidence = checklistEvidence(checklist, repository)
  const byRule = new Map(evidence.map((entry) => [entry.rule, entry]))

  it('finds what the files show, naming them', () => {
    expect(byRule.get('docker-files')).toMatchObject({evidence: 'found', files: ['docker/train.dockerfile'], module: 'M10'})
    expect(byRule.get('hydra')).toMatchObject({evidence: 'found', files: ['src/project/train.py']})
    expect(byRule.get('logging')).toMatchObject({evidence: 'found', files: ['src/project/train.py']})
    expect(byRule.get('data-tests')).toMatchObject({evidence: 'found', files: ['tests/test_data.py']})
    expect(byRule.get('continuous-integration')).toMatchObject({evidence: 'found', files: ['.github/workflows/tests.yaml']})
    expect(byRule.get('git-repository')).toMatchObject({evidence: 'found'})
  })

  it('says none, and what is missing, for a ticked item the files do not show', () => {
    expect(byRule.get('ci-linting')).toMatchObject({
      evidence: 'none',
      files: [],
      missing: 'no workflow runs a linter (ruff, flake8, pylint, black) or pre-commit'
    })
  })

  it('says none without a complaint for an item left unticked', () => {
    expect(byRule.get('weights-and-biases')).toMatchObject({evidence: 'none', missing: null})
  })

  it('reads an item no file can show, and one of no template, as not checkable', () => {
    expect(byRule.get('shared-understanding')).toMatchObject({evidence: 'not checkable', lookedFor: null, module: null})
    expect(evidence.at(-1)).toMatchObject({rule: null, evidence: 'not checkable', module: null})
  })

  it('counts ticks and the ticks without evidence', () => {
    expect(checklistFigures(evidence)).toEqual({items: 10, ticked: 9, unsupported: 1})
  })

  it('gives an empty repository none for every checkable item', () => {
    const empty = checklistEvidence(checklist, {paths: [], texts: new Map()})
    expect(empty.filter((entry) => entry.evidence === 'found')).toEqual([])
    expect(empty.find((entry) => entry.rule === 'git-repository')?.missing).toBe('the repository has no commit')
  })

  it('never reads an import out of a file it was not given the text of', () => {
    const unread = checklistEvidence(checklist, {paths: ['src/project/train.py'], texts: new Map()})
    expect(unread.find((entry) => entry.rule === 'hydra')?.evidence).toBe('none')
  })

  it('reads imports as Python states them: from, dotted, several on a line, indented', () => {
    const files = snapshot({'a.py': 'import os, wandb as w\n', 'b.py': 'def f():\n    from lightning.pytorch import Trainer\n'})
    const items = checkReport('* [x] Use Weights & Biases to log (M14)\n* [x] Use PyTorch-lightning to reduce boilerplate (M15)\n\n### Question 1\n').checklist
    expect(checklistEvidence(items, files).map((entry) => entry.files)).toEqual([['a.py'], ['b.py']])
  })
})

describe('the rules', () => {
  it('have distinct ids, and words for what they look for and what is missing', () => {
    expect(new Set(checklistRules.map((rule) => rule.id)).size).toBe(checklistRules.length)
    for (const rule of checklistRules.filter(isCheckable)) {
      expect(rule.lookedFor.length).toBeGreaterThan(5)
      expect(rule.missing).toMatch(/^(?:no|neither|the) /)
    }
  })

  it('recognise an item with or without its module tag, in the older wording too', () => {
    expect(checklistRuleFor('Construct one or multiple docker files for your code (M10)')?.id).toBe('docker-files')
    expect(checklistRuleFor('Construct one or multiple docker files for your code')?.id).toBe('docker-files')
    expect(checklistRuleFor('Fill out the `make_dataset.py` file such that it downloads')?.id).toBe('data-script')
    expect(checklistRuleFor('Add a model file and a training script and get that running')?.id).toBe('model-and-training')
    expect(checklistRuleFor('Setup monitoring for the system telemetry of your deployed model')?.id).toBe('system-metrics')
  })
})
