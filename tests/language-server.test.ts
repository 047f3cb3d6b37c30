/**
 * mlops-report-language-server as an editor talks to it: over stdio.
 */

import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {LspClient} from './support/lsp-client.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

const serverBin = join(repoRoot, 'tests', 'node_modules', '.bin', 'mlops-report-language-server')

interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  severity: number
  code: string
  source: string
  message: string
  codeDescription?: {href: string}
}

interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

let client: LspClient | undefined

afterEach(async () => {
  await client?.close()
  client = undefined
})

function position(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length - 1, character: before.at(-1)!.length}
}

describe('mlops-report-language-server over stdio', () => {
  it('publishes diagnostics with exact ranges, and drops one when the answer is fixed', async () => {
    const workspace = tempDir()
    mkdirSync(join(workspace, 'reports', 'figures'), {recursive: true})
    for (const path of fixtureFigures()) writeFileSync(join(workspace, 'reports', path), 'png')
    const short = `We pinned ${words(84)}`
    const text = fixtureReport({answers: {4: short, 6: `${words(110)} see https://example.org`}})
    const path = join(workspace, 'reports', 'README.md')
    writeFileSync(path, text)
    const uri = pathToFileURL(path).href

    client = new LspClient(serverBin, ['--stdio'], workspace)
    const initialized = await client.request<{capabilities: {textDocumentSync?: unknown}}>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'project'}],
      capabilities: {workspace: {configuration: true, workspaceFolders: true}, textDocument: {publishDiagnostics: {}}}
    })
    expect(initialized.capabilities.textDocumentSync).toBeDefined()
    client.notify('initialized', {})
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})

    const first = (
      await client.nextNotification((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as Published).uri === uri)
    ).params as Published
    const length = first.diagnostics.find((diagnostic) => diagnostic.code === 'question-length')!
    expect(length).toMatchObject({
      severity: 1,
      source: 'remark-lint',
      codeDescription: {href: 'https://mlops-report.github.io/mlops-report/docs/rules/question-length'},
      range: {start: position(text, text.indexOf(short)), end: position(text, text.indexOf(short) + short.length)}
    })
    expect(length.message.split('\n')[0]).toBe('Question 4: 86 words, expected 100–200 (14 short)')
    const url = first.diagnostics.find((diagnostic) => diagnostic.code === 'handin-rendering')!
    expect(url).toMatchObject({severity: 2, range: {start: position(text, text.indexOf('https://example.org'))}})
    expect(first.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['handin-rendering', 'question-length'])

    const fixed = text.replace(short, `We pinned ${words(100)}`)
    client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: fixed}]})
    const second = (
      await client.nextNotification((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as Published).uri === uri)
    ).params as Published
    expect(second.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['handin-rendering'])
  })

  it('offers the mends of `mlops-report fix` as quick fixes', async () => {
    const workspace = tempDir()
    const answer = `We used:\n- ruff\n- mypy\n\n${words(100)}`
    const text = fixtureReport({answers: {4: answer}})
    const path = join(workspace, 'README.md')
    writeFileSync(path, text)
    const uri = pathToFileURL(path).href
    client = new LspClient(serverBin, ['--stdio'], workspace)
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {}, codeAction: {}}}
    })
    client.notify('initialized', {})
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const published = (
      await client.nextNotification((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as Published).uri === uri)
    ).params as Published
    const list = published.diagnostics.find((diagnostic) => diagnostic.message.startsWith('List right after a paragraph line'))!
    const actions = await client.request<Array<{title: string; kind: string; edit: {changes: Record<string, Array<{range: unknown; newText: string}>>}}>>(
      'textDocument/codeAction',
      {textDocument: {uri}, range: list.range, context: {diagnostics: [list]}}
    )
    const edit = actions.find((action) => action.kind === 'quickfix')!.edit.changes[uri]![0]!
    expect(edit).toEqual({range: list.range, newText: '\n-'})
  })

  it("follows the workspace's .remarkrc: the Python-Markdown release it chose, each rule once", async () => {
    // An answer with a comment closed by `-- >`: the hand-in hides text under 3.7, and Debian's 3.4.1 never finishes.
    const text = fixtureReport({answers: {4: `${words(120)} <!-- to do -- > more`}})
    async function codes(config: string | null): Promise<string[]> {
      const workspace = tempDir()
      const preset = pathToFileURL(join(repoRoot, 'packages', 'remark-preset-lint-mlops-report', 'dist', 'index.js')).href
      if (config !== null) writeFileSync(join(workspace, '.remarkrc.mjs'), `import {mlopsReportPreset} from ${JSON.stringify(preset)}\n${config}`)
      const path = join(workspace, 'README.md')
      writeFileSync(path, text)
      const uri = pathToFileURL(path).href
      const session = new LspClient(serverBin, ['--stdio'], workspace)
      try {
        await session.request('initialize', {
          processId: process.pid,
          rootUri: pathToFileURL(workspace).href,
          capabilities: {textDocument: {publishDiagnostics: {}}}
        })
        session.notify('initialized', {})
        session.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
        const published = (
          await session.nextNotification((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as Published).uri === uri)
        ).params as Published
        // The fixture's figures are not in this workspace; a diagnostic without a code (a config that fails to load) shows its message.
        return published.diagnostics.map((diagnostic) => diagnostic.code ?? diagnostic.message).filter((code) => !code.startsWith('image-'))
      } finally {
        await session.close()
      }
    }
    expect(await codes(null)).toEqual(['handin-rendering'])
    expect(await codes("export default {plugins: [mlopsReportPreset({pythonMarkdown: '3.4-debian'})]}\n")).toEqual(['handin-hangs'])
    expect(await codes("export default {plugins: [mlopsReportPreset({pythonMarkdown: '3.10'})]}\n")).toEqual([])
  })
})
