import {describe, expect, it} from 'vitest'
import {checkReport, locateImage} from '../src/index.js'
import {fixtureReport} from './fixture-report.js'

const files = ['figures/bucket.png', 'figures/Wandb.PNG', 'figures/q19-0.png', 'figures/arch.svg']

function imageMessages(answer: string): string[] {
  const result = checkReport(fixtureReport({answers: {19: answer}}), {files})
  return result.findings
    .filter((finding) => finding.question === 19 && finding.ruleId.startsWith('image-'))
    .map((finding) => `${finding.ruleId}: ${finding.message}`)
}

describe('image findings', () => {
  it('accept an image that exists', () => {
    expect(imageMessages('![bucket](figures/bucket.png)')).toEqual([])
    expect(imageMessages('![bucket](./figures/bucket.png "title")')).toEqual([])
  })

  it('find a missing file, and a name that differs only in case', () => {
    expect(imageMessages('![x](figures/nothere.png)')).toEqual(['image-file: Image `figures/nothere.png` does not exist next to the report'])
    expect(imageMessages('![x](figures/wandb.png)')).toEqual(['image-file: Image `figures/wandb.png` does not exist; the file is named `figures/Wandb.PNG`'])
  })

  it('find a file of the wrong type, outside the folder, or remote', () => {
    expect(imageMessages('![x](figures/arch.svg)')).toEqual(['image-file: Image `figures/arch.svg` is not a .png, .jpg or .jpeg file'])
    expect(imageMessages('![x](../docs/bucket.png)')[0]).toBe(
      "image-file: Image `../docs/bucket.png` lies outside the report's folder: graders only receive the `reports` folder"
    )
    expect(imageMessages('![x](https://example.org/a.png)')[0]).toMatch(
      /^image-file: Image `https:\/\/example.org\/a.png` is loaded from outside the repository/
    )
  })

  it('say that <img> tags and reference images render but are not counted', () => {
    const result = checkReport(fixtureReport({answers: {19: '<img src="figures/bucket.png" width="300">'}}), {files})
    expect(result.questions[18]).toMatchObject({images: 0, pass: false})
    expect(result.findings.filter((finding) => finding.question === 19).map((finding) => finding.ruleId)).toEqual(['question-images', 'image-not-counted'])
    expect(imageMessages('![bucket][b]\n\n[b]: figures/bucket.png')).toEqual([
      'image-not-counted: This reference-style image renders, but the course checker does not count it as an image'
    ])
  })

  it('do not look for files when no list is given', () => {
    const result = checkReport(fixtureReport({answers: {19: '![x](figures/nothere.png)'}}))
    expect(result.findings).toEqual([])
  })

  it('say that a figure on disk but not in the repository is missing for the graders, and how to add it', () => {
    const onDisk = {
      'figures/new.png': {repositoryPath: 'reports/figures/new.png', ignoredBy: null},
      'figures/hidden.png': {repositoryPath: 'reports/figures/hidden.png', ignoredBy: '.gitignore:2: *.png'}
    }
    const uncommitted = (path: string) => onDisk[path as keyof typeof onDisk] ?? null
    const result = checkReport(
      fixtureReport({answers: {19: '![a](figures/new.png) ![b](figures/hidden.png) ![c](figures/gone.png) ![d](figures/bucket.png)'}}),
      {
        files,
        uncommitted
      }
    )
    const found = result.findings.filter((finding) => finding.question === 19 && finding.ruleId.startsWith('image-'))
    expect(found.map((finding) => [finding.ruleId, finding.severity, finding.actual, finding.note])).toEqual([
      ['image-uncommitted', 'error', 'untracked', 'Run `git add reports/figures/new.png`.'],
      ['image-uncommitted', 'error', 'ignored', 'Add it with `git add -f reports/figures/hidden.png`, or change that ignore rule.'],
      ['image-file', 'warning', undefined, "Add the file (and commit it), or fix the path: it is relative to the report's folder."]
    ])
    expect(found[1]!.message).toBe(
      'Image `figures/hidden.png` is on disk but ignored by git (.gitignore:2: *.png): the graders clone the repository and will not have it'
    )
  })
})

describe('locateImage: where every presenter takes a figure from', () => {
  it('reads a destination from the report’s folder or, with a leading /, from the repository’s root', () => {
    expect(locateImage('figures/plot.png')).toEqual({from: 'report', path: 'figures/plot.png'})
    expect(locateImage('./figures/./plot.png')).toEqual({from: 'report', path: 'figures/plot.png'})
    expect(locateImage('/reports/figures/plot.png')).toEqual({from: 'repository', path: 'reports/figures/plot.png'})
    expect(locateImage('<figures/my plot.png>')).toEqual({from: 'report', path: 'figures/my plot.png'})
  })

  it('drops a query or fragment, decodes percent escapes, and resolves .. where it can', () => {
    expect(locateImage('figures/my%20plot.png?raw=true#top')).toEqual({from: 'report', path: 'figures/my plot.png'})
    expect(locateImage('figures/../figures/plot.png')).toEqual({from: 'report', path: 'figures/plot.png'})
    expect(locateImage('../../elsewhere/plot.png')).toEqual({from: 'report', path: '../../elsewhere/plot.png'})
    expect(locateImage('/../reports/plot.png')).toEqual({from: 'repository', path: 'reports/plot.png'})
    expect(locateImage('figures/100%.png')).toEqual({from: 'report', path: 'figures/100%.png'})
  })

  it('names what is no file: a remote address, an empty destination', () => {
    expect(locateImage('https://example.org/plot.png')).toEqual({problem: 'remote'})
    expect(locateImage('//cdn.example.org/plot.png')).toEqual({problem: 'remote'})
    expect(locateImage('  ')).toEqual({problem: 'empty'})
  })
})
