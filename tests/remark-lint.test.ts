/**
 * The remark-lint rules and preset: the documented examples, the same
 * verdicts as the CLI on the corpus, remark-cli with a .remarkrc.mjs, lint
 * comments and option validation.
 */

import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {remark} from 'remark'
import remarkPresetLintMlopsReport from 'remark-preset-lint-mlops-report'
import {remarkLintHandinHangs, remarkLintHandinRendering, remarkLintQuestionLength} from 'remark-lint-mlops-report'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {JsonReport} from 'mlops-report'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {docExamples, runExample} from './support/rule-docs.js'
import {corpus, repoRoot, sharedPresent} from './support/shared.js'
import {tempDir} from './support/temp.js'

async function lint(text: string, path?: string): Promise<VFile> {
  const file = new VFile(path ? {path, value: text} : {value: text})
  await remark().use(remarkPresetLintMlopsReport).process(file)
  return file
}

const summary = (file: VFile) =>
  file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${message.ruleId}`)

describe("each rule's documented examples", () => {
  const examples = docExamples()

  it('cover every rule but one that needs a whole report', () => {
    expect(new Set(examples.map((example) => example.rule)).size).toBe(12)
  })

  it.each(examples.map((example) => [`${example.rule} ${example.name}`, example] as const))('%s', async (_name, example) => {
    expect(await runExample(example)).toBe(example.output)
  })
})

describe('the preset', () => {
  it('makes official failures errors and the rest warnings, with source, url and note', async () => {
    const text = fixtureReport({answers: {4: words(86), 5: `${words(120)} see https://example.org`}})
    const file = await lint(text)
    const [length, url] = file.messages
    expect(length).toMatchObject({
      ruleId: 'question-length',
      source: 'remark-lint',
      fatal: true,
      reason: 'Question 4: 86 words, expected 100–200 (14 short)',
      url: 'https://mlops-report.github.io/mlops-report/docs/rules/question-length'
    })
    expect(length!.note).toMatch(/str\.split/)
    expect(length!.expected).toBeUndefined()
    expect(url).toMatchObject({ruleId: 'handin-rendering', fatal: false, actual: 'https://example.org', expected: ['<https://example.org>']})
    expect(file.messages).toHaveLength(2)
  })

  it('places each message on the exact range it is about', async () => {
    const text = fixtureReport({answers: {4: words(86)}})
    const [message] = (await lint(text)).messages
    const place = message!.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe(words(86))
  })

  it('honours <!--lint disable-->, <!--lint enable--> and <!--lint ignore-->', async () => {
    const base = fixtureReport({answers: {4: words(86), 5: `${words(120)}\n\nsee https://example.org`}})
    expect(summary(await lint(base)).map((line) => line.split(' ').at(-1))).toEqual(['question-length', 'handin-rendering'])
    const disabled = base.replace('## Checklist', '<!--lint disable question-length-->\n\n## Checklist')
    expect(summary(await lint(disabled)).map((line) => line.split(' ').at(-1))).toEqual(['handin-rendering'])
    const reenabled = disabled.replace('### Question 3\n', '<!--lint enable question-length-->\n\n### Question 3\n')
    expect(summary(await lint(reenabled)).map((line) => line.split(' ').at(-1))).toEqual(['question-length', 'handin-rendering'])
    const ignored = base.replace('see https://example.org', '<!--lint ignore handin-rendering-->\n\nsee https://example.org')
    expect(summary(await lint(ignored)).map((line) => line.split(' ').at(-1))).toEqual(['question-length'])
  })

  it('stays quiet on markdown that is not a course report', async () => {
    const file = await lint('# My project\n\nInstall it with `uv sync`. See https://example.org.\n\n```bash\nuv run train\n```\n', '/project/README.md')
    expect(file.messages).toEqual([])
  })

  it('looks for image files next to a report on disk', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'figures'))
    writeFileSync(join(dir, 'figures', 'Bucket.png'), 'png')
    const text = fixtureReport({answers: {19: '![bucket](figures/bucket.png)'}})
    const file = await lint(text, join(dir, 'README.md'))
    const message = file.messages.find((entry) => entry.ruleId === 'image-file' && entry.reason.includes('bucket'))!
    expect(message.reason).toBe('Image `figures/bucket.png` does not exist; the file is named `figures/Bucket.png`')
    expect(message.expected).toEqual(['![bucket](figures/Bucket.png)'])
  })
})

describe('rule options', () => {
  async function withOptions(options: unknown): Promise<VFile> {
    const file = new VFile({value: fixtureReport({answers: {4: words(86)}})})
    try {
      await remark()
        .use(remarkLintQuestionLength, options as never)
        .process(file)
    } catch {
      // file.fail throws after adding a fatal message.
    }
    return file
  }

  it('fail the file with a clear message on a bad value', async () => {
    expect((await withOptions(['error', {constraints: 'bogus'}])).messages[0]!.reason).toBe(
      "Unexpected value `\"bogus\"` for `constraints` in `question-length`, expected `'official'` or `'text'`"
    )
    expect((await withOptions(['error', {generation: 30}])).messages[0]!.reason).toBe(
      'Unexpected value `30` for `generation` in `question-length`, expected `31` or `27`'
    )
    expect((await withOptions(['error', {words: 3}])).messages[0]!.reason).toBe(
      'Unexpected option `words` for `question-length`, expected `constraints`, `generation` or `pythonMarkdown`'
    )
    expect((await withOptions(['error', {pythonMarkdown: '3.8'}])).messages[0]!.reason).toBe(
      "Unexpected value `\"3.8\"` for `pythonMarkdown` in `question-length`, expected '3.7' (the default), '3.10' or '3.4-debian'"
    )
    expect((await withOptions(['error', 'text'])).messages[0]!.reason).toMatch(/^Unexpected value `"text"` for `question-length` options, expected an object/)
  })

  it('accept the documented ones', async () => {
    expect((await withOptions(['error', {constraints: 'text'}])).messages.map((message) => message.reason)).toEqual([
      'Question 4: 86 words, expected 100–200 (14 short)'
    ])
    expect((await withOptions(['error', {generation: 31}])).messages).toHaveLength(1)
  })
})

describe('the Python-Markdown release as a rule option', () => {
  const text = fixtureReport({answers: {4: `${words(120)} <!-- to do -- > more`}})
  async function findings(options?: unknown): Promise<string[]> {
    const file = new VFile({value: text})
    await remark()
      .use(remarkLintHandinHangs, ['error', options] as never)
      .use(remarkLintHandinRendering, ['warn', options] as never)
      .process(file)
    return file.messages.map((message) => `${message.ruleId}: ${message.reason}`)
  }

  it('judges the comment under 3.7 by default, and under the release given', async () => {
    expect(await findings()).toEqual([
      expect.stringMatching(/^handin-rendering: Comment closed with `-- >`: under Python-Markdown 3\.7 the hand-in ends and hides/)
    ])
    expect(await findings({pythonMarkdown: '3.10'})).toEqual([])
    expect(await findings({pythonMarkdown: '3.4-debian'})).toEqual([
      expect.stringMatching(/^handin-hangs: The course's `report.py html` never finishes on this comment under Debian's Python-Markdown 3\.4\.1/)
    ])
  })
})

describe('remark-cli with the preset in .remarkrc.mjs', () => {
  function project(report: string, config = "export default {plugins: ['remark-preset-lint-mlops-report']}\n"): string {
    const dir = tempDir()
    // A student's project: the packages installed beside the config.
    symlinkSync(join(repoRoot, 'tests', 'node_modules'), join(dir, 'node_modules'))
    writeFileSync(join(dir, '.remarkrc.mjs'), config)
    mkdirSync(join(dir, 'reports', 'figures'), {recursive: true})
    for (const path of fixtureFigures()) writeFileSync(join(dir, 'reports', path), 'png')
    writeFileSync(join(dir, 'reports', 'README.md'), report)
    return dir
  }
  const remarkBin = join(repoRoot, 'tests', 'node_modules', '.bin', 'remark')
  const runRemark = (cwd: string) => runCli(['--frail', '--quiet', '--no-color', 'reports/README.md'], {cwd, env: {...process.env, NO_COLOR: '1'}}, remarkBin)

  it('exits non-zero on a failing report, naming the rule and place', () => {
    const dir = project(fixtureReport({answers: {4: words(86)}}))
    const run = runRemark(dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /reports\/README\.md\n\s*\d+:1-\d+:\d+\s+error\s+Question 4: 86 words, expected 100–200 \(14 short\)\s+question-length\s+remark-lint/
    )
  })

  it('exits 0 on a passing report', () => {
    const run = runRemark(project(fixtureReport()))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it("takes the Python-Markdown release through the preset's options", () => {
    const report = fixtureReport({answers: {4: `${words(120)} <!-- to do -- > more`}})
    const byDefault = runRemark(project(report))
    expect(byDefault.status).toBe(1)
    expect(byDefault.stderr).toMatch(/warning\s+Comment closed with `-- >`: under Python-Markdown 3\.7/)
    const debian = runRemark(
      project(
        report,
        "import {mlopsReportPreset} from 'remark-preset-lint-mlops-report'\nexport default {plugins: [mlopsReportPreset({pythonMarkdown: '3.4-debian'})]}\n"
      )
    )
    expect(debian.status).toBe(1)
    expect(debian.stderr).toMatch(/error\s+The course's `report.py html` never finishes on this comment under Debian's Python-Markdown 3\.4\.1/)
    expect(debian.stderr).not.toContain('under Python-Markdown 3.7')
  })
})

describe.skipIf(!sharedPresent)('the same findings as mlops-report check on every corpus report', () => {
  const entries = corpus()
  const reports = JSON.parse(runCli(['check', '--format', 'json', ...entries.map((entry) => entry.readme)]).stdout) as JsonReport[]

  it.each(entries.map((entry, index) => [entry.name, entry, index] as const))('%s', async (_name, entry, index) => {
    const file = await lint(readFileSync(entry.readme, 'utf8'), entry.readme)
    const fromRemark = file.messages
      .map((message) => ({ruleId: message.ruleId, line: message.line, column: message.column, message: message.reason, error: message.fatal === true}))
      .sort((a, b) => a.line! - b.line! || a.column! - b.column! || a.message.localeCompare(b.message))
    const fromCli = reports[index]!.messages.map(({ruleId, line, column, message, severity}) => ({
      ruleId,
      line,
      column,
      message,
      error: severity === 'error'
    })).sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message))
    expect(fromRemark).toEqual(fromCli)
  })
})
