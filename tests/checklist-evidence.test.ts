/**
 * The student's side of the checklist against the repository: a ticked item
 * that the files git holds do not show is an info finding, in `check` (text,
 * JSON, SARIF, GitHub), in a hook's check of what is staged, in the remark
 * preset and in the language server. It never fails a check or refuses a
 * commit, and a report that no repository holds gets none. Real repositories.
 */

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {remark} from 'remark'
import {mlopsReportPreset} from 'remark-preset-lint-mlops-report'
import {remarkLintChecklistEvidence} from 'remark-lint-mlops-report'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {runCli} from './support/cli.js'
import {git, type StudentRepo, studentRepo} from './support/git-repo.js'
import {LspClient} from './support/lsp-client.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

const DOCKER = 'Construct one or multiple docker files for your code (M10)'
const DVC = 'Setup version control for your data or part of your data (M8)'

/** A passing report whose checklist ticks docker files and data version control; neither is committed. */
function repoTicking(): StudentRepo {
  const repo = studentRepo()
  const path = join(repo.dir, repo.reportPath)
  const text = readFileSync(path, 'utf8').replace('* [x] Set up a repository (M5)', `* [x] ${DOCKER}\n* [X] ${DVC}\n* [ ] Write a data loader (M6)`)
  writeFileSync(path, text)
  git(repo.dir, ['commit', '--quiet', '--no-verify', '-am', 'Tick the checklist'])
  return repo
}

const lineOf = (repo: StudentRepo, text: string) =>
  readFileSync(join(repo.dir, repo.reportPath), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1

interface JsonMessage {
  ruleId: string
  severity: string
  line: number
  message: string
}

describe('checklist-evidence, as a student meets it', () => {
  it('says in check which ticks the committed files do not show, as info, and passes', () => {
    const repo = repoTicking()
    const text = runCli(['check', repo.reportPath], {cwd: repo.dir})
    expect(text.status, text.stdout + text.stderr).toBe(0)
    const infos = text.stdout.split('\n').filter((line) => line.includes('checklist-evidence'))
    expect(infos).toEqual([
      `${repo.reportPath}:${lineOf(repo, DOCKER)}:1  info  Ticked, but no Dockerfile is committed  checklist-evidence`,
      expect.stringMatching(new RegExp(`^${repo.reportPath}:${lineOf(repo, DVC)}:1  info  Ticked, but .*checklist-evidence$`))
    ])
    // Never a failure, not even with --strict.
    expect(runCli(['check', '--strict', repo.reportPath], {cwd: repo.dir}).status).toBe(0)

    const json = JSON.parse(runCli(['check', '--format', 'json', repo.reportPath], {cwd: repo.dir}).stdout) as Array<{messages: JsonMessage[]}>
    expect(json[0]!.messages.filter((message) => message.ruleId === 'checklist-evidence')).toMatchObject([
      {severity: 'info', line: lineOf(repo, DOCKER), message: 'Ticked, but no Dockerfile is committed'},
      {severity: 'info', line: lineOf(repo, DVC)}
    ])
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', repo.reportPath], {cwd: repo.dir}).stdout) as {
      runs: Array<{results: Array<{ruleId: string; level: string}>; tool: {driver: {rules: Array<{id: string; defaultConfiguration: {level: string}}>}}}>
    }
    const [run] = sarif.runs
    expect(run!.results.filter((result) => result.ruleId === 'checklist-evidence').map((result) => result.level)).toEqual(['note', 'note'])
    expect(run!.tool.driver.rules.find((rule) => rule.id === 'checklist-evidence')!.defaultConfiguration.level).toBe('note')
    const github = runCli(['check', '--format', 'github', repo.reportPath], {cwd: repo.dir}).stdout
    expect(github).toMatch(/^::notice file=reports\/README\.md,line=\d+.*title=checklist-evidence::Ticked, but no Dockerfile is committed/m)
  })

  it('follows what git holds: a Dockerfile on disk counts once it is added', () => {
    const repo = repoTicking()
    writeFileSync(join(repo.dir, 'Dockerfile'), 'FROM python:3.12-slim\n')
    const codes = () =>
      runCli(['check', repo.reportPath], {cwd: repo.dir})
        .stdout.split('\n')
        .filter((line) => line.includes('checklist-evidence'))
    expect(codes()).toHaveLength(2)
    git(repo.dir, ['add', 'Dockerfile'])
    expect(codes()).toEqual([expect.not.stringContaining('Dockerfile')])
  })

  it("never refuses a commit: the hook's check of what is staged passes and shows it", () => {
    const repo = repoTicking()
    const staged = runCli(['check', '--staged', repo.reportPath], {cwd: repo.dir})
    expect(staged.status, staged.stderr).toBe(0)
    expect(staged.stdout).toContain('info  Ticked, but no Dockerfile is committed  checklist-evidence')
    expect(staged.stderr).not.toContain('refused')
  })

  it('says nothing for a report no repository holds: outside one, or not yet added', () => {
    const repo = repoTicking()
    const outside = tempDir('mlops-report-no-repo-')
    mkdirSync(join(outside, 'reports'), {recursive: true})
    writeFileSync(join(outside, 'reports', 'README.md'), readFileSync(join(repo.dir, repo.reportPath)))
    expect(runCli(['check', 'reports/README.md'], {cwd: outside}).stdout).not.toContain('checklist-evidence')
    // In a repository, but not yet added: git holds no report there.
    git(outside, ['init', '--quiet'])
    expect(runCli(['check', 'reports/README.md'], {cwd: outside}).stdout).not.toContain('checklist-evidence')
    git(outside, ['add', 'reports/README.md'])
    expect(runCli(['check', 'reports/README.md'], {cwd: outside}).stdout).toContain('checklist-evidence')
    // A copy in a folder of the repository that git does not hold is not the repository's report.
    mkdirSync(join(repo.dir, 'copies'))
    writeFileSync(join(repo.dir, 'copies', 'README.md'), readFileSync(join(repo.dir, repo.reportPath)))
    expect(runCli(['check', 'copies/README.md'], {cwd: repo.dir}).stdout).not.toContain('checklist-evidence')
  })

  it('is info in the remark preset, and an error where a configuration makes it one', async () => {
    const repo = repoTicking()
    const path = join(repo.dir, repo.reportPath)
    const lint = async (plugins: unknown[]) => {
      const file = new VFile({path, value: readFileSync(path, 'utf8')})
      await remark()
        .use({plugins: plugins as never})
        .process(file)
      return file.messages.filter((message) => message.ruleId === 'checklist-evidence')
    }
    const messages = await lint([mlopsReportPreset()])
    expect(messages.map((message) => [message.line, message.fatal, message.reason, message.url])).toEqual([
      [lineOf(repo, DOCKER), undefined, 'Ticked, but no Dockerfile is committed', 'https://mlops-report.github.io/mlops-report/docs/rules/checklist-evidence'],
      [lineOf(repo, DVC), undefined, expect.stringMatching(/^Ticked, but /), expect.any(String)]
    ])
    expect((await lint([mlopsReportPreset(), [remarkLintChecklistEvidence, ['error']]])).map((message) => message.fatal)).toEqual([true, true])
  })
})

describe('checklist-evidence in the language server', () => {
  let client: LspClient | undefined
  afterEach(async () => {
    await client?.close()
  })

  it('publishes it as Information, on the ticked line', async () => {
    const repo = repoTicking()
    const path = join(repo.dir, repo.reportPath)
    const text = readFileSync(path, 'utf8')
    const uri = pathToFileURL(path).href
    client = new LspClient(join(repoRoot, 'tests', 'node_modules', '.bin', 'mlops-report-language-server'), ['--stdio'], repo.dir)
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(repo.dir).href,
      workspaceFolders: [{uri: pathToFileURL(repo.dir).href, name: 'group'}],
      capabilities: {workspace: {configuration: true, workspaceFolders: true}, textDocument: {publishDiagnostics: {}}}
    })
    client.notify('initialized', {})
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const published = (
      await client.nextNotification((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as {uri: string}).uri === uri)
    ).params as {diagnostics: Array<{code: string; severity: number; range: {start: {line: number}}; message: string}>}
    const evidence = published.diagnostics.filter((diagnostic) => diagnostic.code === 'checklist-evidence')
    expect(evidence.map((diagnostic) => [diagnostic.severity, diagnostic.range.start.line + 1])).toEqual([
      [3, lineOf(repo, DOCKER)],
      [3, lineOf(repo, DVC)]
    ])
    expect(evidence[0]!.message.split('\n')[0]).toBe('Ticked, but no Dockerfile is committed')
  })
})
