/**
 * The language server's features beyond diagnostics, over stdio as an editor
 * uses them: the figures at each answer, hover, outline, "fix all", the
 * hand-in preview, the status, and files that are not what a report should be.
 */

import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {LspClient} from './support/lsp-client.js'
import {corpus, repoRoot, sharedDir, sharedPresent} from './support/shared.js'
import {tempDir} from './support/temp.js'

const serverBin = join(repoRoot, 'tests', 'node_modules', '.bin', 'mlops-report-language-server')

interface Position {
  line: number
  character: number
}
interface Range {
  start: Position
  end: Position
}
interface Diagnostic {
  range: Range
  severity: number
  code?: string
  message: string
}
interface TextEdit {
  range: Range
  newText: string
}
interface JsonReport {
  file: string
  questions: Array<{
    number: number
    words: number
    wordRange: [number, number] | null
    images: number
    imageRange: [number, number] | null
    pass: boolean | null
    estimated: boolean
    line: number | null
  }>
  messages: Array<{ruleId: string; severity: string; line: number; column: number}>
}

/** A document's text with edits applied, as an editor applies a workspace edit. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const offset = (position: Position) => lineStarts[position.line]! + position.character
  let result = text
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  }
  return result
}

/**
 * A server for one workspace folder, initialized as VS Code initializes it:
 * its own working folder is elsewhere (an editor starts it from anywhere).
 */
async function startServer(workspace: string, initializationOptions: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient(serverBin, ['--stdio'], repoRoot)
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'workspace'}],
    initializationOptions,
    capabilities: {workspace: {configuration: true, workspaceFolders: true}, textDocument: {publishDiagnostics: {}, codeAction: {}, codeLens: {}, hover: {}}}
  })
  client.notify('initialized', {})
  return client
}

function open(client: LspClient, path: string, text = readFileSync(path, 'utf8')): string {
  const uri = pathToFileURL(path).href
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  return uri
}

async function diagnosticsOf(client: LspClient, uri: string, version?: number): Promise<Diagnostic[]> {
  const message = await client.nextNotification((candidate) => {
    const params = candidate.params as {uri?: string; version?: number} | undefined
    return candidate.method === 'textDocument/publishDiagnostics' && params?.uri === uri && (version === undefined || params.version === version)
  })
  return (message.params as {diagnostics: Diagnostic[]}).diagnostics
}

/** The label the figures should read, from `check --format json`'s figures. */
function expectedLabel(question: JsonReport['questions'][number]): string | null {
  const gap = (count: number, [min, max]: [number, number], below: string, above: string) =>
    count < min ? ` · ${min - count} ${below}` : count > max ? ` · ${count - max} ${above}` : ''
  const range = ([min, max]: [number, number]) => (min === max ? `exactly ${min}` : `${min}–${max}`)
  const parts: string[] = []
  if (question.wordRange)
    parts.push(
      `${question.words} word${question.words === 1 ? '' : 's'} · ${range(question.wordRange)}${gap(question.words, question.wordRange, 'short', 'over')}`
    )
  if (question.imageRange)
    parts.push(
      `${question.images} image${question.images === 1 ? '' : 's'} · ${range(question.imageRange)}${gap(question.images, question.imageRange, 'missing', 'too many')}`
    )
  if (parts.length === 0) return null
  const mark = question.pass === null ? '?' : question.estimated ? '≈' : question.pass ? '✓' : '✗'
  return `${mark} ${parts.join('  ')}`
}

describe.skipIf(!sharedPresent)('the language server on every corpus report', () => {
  const entries = corpus()
  let client: LspClient
  let cli: Map<string, JsonReport>
  const opened = new Map<string, {uri: string; diagnostics: Promise<Diagnostic[]>}>()

  beforeAll(async () => {
    const run = runCli(['check', '--format', 'json', ...entries.map((entry) => entry.readme)])
    cli = new Map((JSON.parse(run.stdout) as JsonReport[]).map((report) => [report.file, report]))
    client = await startServer(join(sharedDir, 'corpus'))
    for (const entry of entries) {
      const uri = open(client, entry.readme)
      opened.set(entry.readme, {uri, diagnostics: diagnosticsOf(client, uri)})
    }
  }, 120_000)

  afterAll(async () => {
    await client?.close()
  })

  it('shows at each answer the figures and verdict of `check --format json`, as code lenses and inlay hints', async () => {
    let failing = 0
    for (const entry of entries) {
      const {uri} = opened.get(entry.readme)!
      const json = cli.get(entry.readme)!
      const lenses = await client.request<Array<{range: Range; command: {title: string}}>>('textDocument/codeLens', {textDocument: {uri}})
      const expected = json.questions
        .map((question) => ({question, label: expectedLabel(question)}))
        .filter((entry): entry is {question: JsonReport['questions'][number]; label: string} => entry.label !== null && entry.question.line !== null)
      expect(
        lenses.map((lens) => lens.command.title),
        entry.name
      ).toEqual(expected.map(({question, label}) => `Question ${question.number}: ${label}`))
      // Above the counted answer, where `check --format json` places the question.
      expect(
        lenses.map((lens) => lens.range.start.line + 1),
        entry.name
      ).toEqual(expected.map(({question}) => question.line))
      const hints = await client.request<Array<{label: string}>>('textDocument/inlayHint', {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 100_000, character: 0}}
      })
      expect(
        hints.map((hint) => hint.label),
        entry.name
      ).toEqual(expected.map(({label}) => label))
      failing += expected.filter(({question}) => question.pass === false).length
    }
    // The corpus has failing answers: the comparison covered the ✗ case.
    expect(failing).toBeGreaterThan(20)
  })

  it("publishes exactly the CLI's errors and warnings, at the CLI's places", async () => {
    for (const entry of entries) {
      const diagnostics = await opened.get(entry.readme)!.diagnostics
      const json = cli.get(entry.readme)!
      const asCli = diagnostics.map(
        (diagnostic) =>
          `${diagnostic.severity === 1 ? 'error' : 'warning'} ${diagnostic.code} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`
      )
      const expected = json.messages.map((message) => `${message.severity} ${message.ruleId} ${message.line}:${message.column}`)
      expect(asCli.sort(), entry.name).toEqual(expected.sort())
    }
  })

  it('lists the questions as the outline, each named with its verdict', async () => {
    for (const entry of entries.slice(0, 10)) {
      const {uri} = opened.get(entry.readme)!
      const symbols = await client.request<Array<{name: string; detail: string; range: Range}>>('textDocument/documentSymbol', {textDocument: {uri}})
      const json = cli.get(entry.readme)!
      const found = json.questions.filter((question) => question.line !== null)
      expect(symbols.length, entry.name).toBe(found.length)
      for (const [index, question] of found.entries()) {
        const mark = question.pass === null ? '?' : question.estimated ? '≈' : question.pass ? '✓' : '✗'
        expect(symbols[index]!.name.startsWith(`${mark} `), entry.name).toBe(true)
        expect(symbols[index]!.name).toMatch(new RegExp(`Question\\s+${question.number}\\b`))
      }
    }
  })

  it("makes the same edits as `mlops-report fix` under 'Fix all hand-in differences'", async () => {
    const folder = tempDir()
    const copies = entries.map((entry) => {
      const copy = join(folder, entry.name, 'README.md')
      mkdirSync(join(folder, entry.name))
      copyFileSync(entry.readme, copy)
      return {entry, copy}
    })
    const fixed = runCli(['fix', ...copies.map(({copy}) => copy)])
    expect(fixed.status).toBe(0)
    let changed = 0
    for (const {entry, copy} of copies) {
      const {uri} = opened.get(entry.readme)!
      const actions = await client.request<Array<{title: string; kind: string; edit: {changes: Record<string, TextEdit[]>}}>>('textDocument/codeAction', {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: [], only: ['source.fixAll']}
      })
      const original = readFileSync(entry.readme, 'utf8')
      const afterFix = readFileSync(copy, 'utf8')
      const fixAll = actions.find((action) => action.kind === 'source.fixAll.mlops-report')
      if (afterFix === original) {
        expect(fixAll, entry.name).toBeUndefined()
        continue
      }
      changed++
      expect(fixAll?.title).toBe('Fix all hand-in differences')
      expect(applyEdits(original, fixAll!.edit.changes[uri]!), entry.name).toBe(afterFix)
    }
    expect(changed).toBeGreaterThan(10)
  })
})

describe('the language server on one report', () => {
  let workspace: string
  let client: LspClient | undefined

  beforeAll(() => {
    workspace = tempDir('mlops-report-', {forFile: true})
    mkdirSync(join(workspace, 'reports', 'figures'), {recursive: true})
    writeFileSync(join(workspace, 'pyproject.toml'), '[project]\nname = "group"\n')
    for (const path of fixtureFigures()) writeFileSync(join(workspace, 'reports', path), 'png')
  })

  afterAll(async () => {
    await client?.close()
  })

  it("says on hover over a failing question's heading that it fails, with its figures and why", async () => {
    const text = fixtureReport({answers: {4: `We pinned ${words(84)}`}})
    const path = join(workspace, 'reports', 'README.md')
    writeFileSync(path, text)
    client = await startServer(workspace)
    const uri = open(client, path)
    const status = await client.nextNotification((message) => message.method === 'mlops-report/status')
    expect(status.params).toMatchObject({uri, isReport: true, passed: 30, total: 31, errors: 1, warnings: 0, officialError: null})
    const line = text.split('\n').indexOf('### Question 4')
    const hover = await client.request<{contents: {value: string}}>('textDocument/hover', {textDocument: {uri}, position: {line, character: 6}})
    expect(hover.contents.value).toContain('**Question 4: Fails**')
    expect(hover.contents.value).toContain('86 words · 100–200 · 14 short')
    expect(hover.contents.value).toContain('Question 4: 86 words, expected 100–200 (14 short)')
    // Not on a heading: nothing.
    expect(await client.request('textDocument/hover', {textDocument: {uri}, position: {line: line + 1, character: 0}})).toBeNull()
  })

  it("renders the graders' hand-in beside GitHub's rendering, sanitized, with figures only from the workspace", async () => {
    const answer = `${words(110)}\n\n![ours](figures/q4-extra.png) ![outside](../../../etc/secret.png)\n\n<script>alert('x')</script><img src=x onerror="alert(1)">`
    writeFileSync(join(workspace, 'reports', 'figures', 'q4-extra.png'), 'png')
    const path = join(workspace, 'reports', 'README.md')
    const text = fixtureReport({answers: {4: answer}})
    client ??= await startServer(workspace)
    const uri = pathToFileURL(path).href
    client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text}]})
    const preview = await client.request<{version: number; html: string; styles: string}>('mlops-report/handinPreview', {
      textDocument: {uri},
      imageBase: 'https://preview.invalid/workspace/reports/'
    })
    expect(preview.version).toBe(2)
    expect(preview.html).toContain('id="handin"')
    expect(preview.html).toContain('id="handin-question-4"')
    expect(preview.html).toContain('id="question-4"')
    expect(preview.html).toContain("The graders' hand-in (report.py html, Python-Markdown 3.7)")
    expect(preview.html).toContain('src="https://preview.invalid/workspace/reports/figures/q4-extra.png"')
    expect(preview.html).not.toContain('secret.png"')
    expect(preview.html).not.toMatch(/<script|onerror/i)
  })

  it('answers for files that are not what a report should be, and keeps serving', async () => {
    const folder = tempDir()
    mkdirSync(join(folder, 'reports'))
    const server = await startServer(folder)
    try {
      // Saved as Latin-1: the editor shows it decoded, the graders' script stops at the byte.
      const latin = join(folder, 'reports', 'latin.md')
      const text = fixtureReport({answers: {4: `Caf\u00e9 ${words(110)}`}})
      writeFileSync(latin, Buffer.from(text, 'latin1'))
      const latinUri = open(server, latin, text)
      const encoding = (await diagnosticsOf(server, latinUri)).find((diagnostic) => diagnostic.code === 'not-utf-8')
      expect(encoding?.message).toContain('not valid UTF-8 (byte 0xE9')
      expect(encoding?.range.start.line).toBe(text.split('\n').findIndex((line) => line.includes('Caf\u00e9')))

      // The template's questions renamed: one line saying so, not thirty.
      const renamed = join(folder, 'reports', 'README.md')
      const renamedText = fixtureReport().replace(/### Question (\d+)/g, '### Task $1')
      writeFileSync(renamed, renamedText)
      const renamedUri = open(server, renamed)
      const said = await diagnosticsOf(server, renamedUri)
      expect(said.map((diagnostic) => diagnostic.code)).toEqual(['template-structure'])
      expect(said[0]!.message).toContain('no `### Question N` heading')
      expect(await server.request('textDocument/codeLens', {textDocument: {uri: renamedUri}})).toEqual([])

      // Another markdown file of the project: nothing at all.
      const notes = join(folder, 'NOTES.md')
      writeFileSync(notes, '# Notes\n\nhttps://example.org\n')
      expect(await diagnosticsOf(server, open(server, notes))).toEqual([])

      // 50 MB: one line saying it is not checked as one types, and typing into it is answered at once.
      const huge = join(folder, 'huge.md')
      const hugeText = `${fixtureReport()}\n${'x'.repeat(50 * 1024 * 1024)}\n`
      const hugeUri = open(server, huge, hugeText)
      const hugeSaid = await diagnosticsOf(server, hugeUri, 1)
      expect(hugeSaid.map((diagnostic) => diagnostic.code)).toEqual(['too-large'])
      expect(hugeSaid[0]!.message).toContain('This file is 50.')
      const started = performance.now()
      server.notify('textDocument/didChange', {
        textDocument: {uri: hugeUri, version: 2},
        contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'typed '}]
      })
      await diagnosticsOf(server, hugeUri, 2)
      expect(performance.now() - started).toBeLessThan(5000)

      // Deleted while open: the editor's text is still checked.
      rmSync(latin)
      server.notify('textDocument/didChange', {textDocument: {uri: latinUri, version: 2}, contentChanges: [{text: fixtureReport()}]})
      const afterDelete = await diagnosticsOf(server, latinUri, 2)
      // The fixture's figures are not in this folder: those are the only findings on a passing report.
      expect(new Set(afterDelete.map((diagnostic) => diagnostic.code))).toEqual(new Set(['not-utf-8', 'image-file']))
      const symbols = await server.request<unknown[]>('textDocument/documentSymbol', {textDocument: {uri: latinUri}})
      expect(symbols).toHaveLength(31)
    } finally {
      await server.close()
    }
  }, 60_000)
})

describe('the language server settings', () => {
  // A comment closed by `-- >`: the hand-in hides text under 3.7, not under 3.10.
  const text = fixtureReport({answers: {4: `${words(120)} <!-- to do -- > more`}})

  async function codesAndSeverities(initializationOptions: Record<string, unknown>): Promise<string[]> {
    const workspace = tempDir()
    const path = join(workspace, 'README.md')
    writeFileSync(path, text)
    const client = new LspClient(serverBin, ['--stdio'], repoRoot)
    try {
      // No workspace/configuration: the settings come from the initialization options, as in editors without it.
      await client.request('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, initializationOptions, capabilities: {}})
      client.notify('initialized', {})
      const diagnostics = await diagnosticsOf(client, open(client, path))
      return diagnostics.filter((diagnostic) => !diagnostic.code?.startsWith('image-')).map((diagnostic) => `${diagnostic.code}:${diagnostic.severity}`)
    } finally {
      await client.close()
    }
  }

  it('judges the hand-in under the pythonMarkdown chosen, and reports warnings as errors when strict', async () => {
    expect(await codesAndSeverities({})).toEqual(['handin-rendering:2'])
    expect(await codesAndSeverities({pythonMarkdown: '3.10'})).toEqual([])
    expect(await codesAndSeverities({strict: true})).toEqual(['handin-rendering:1'])
  })
})
