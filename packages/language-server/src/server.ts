/**
 * A language server for course reports: remark with the mlops-report preset,
 * over LSP, with the core's figures, verdicts and mends as editors show
 * them. Workspace configuration (.remarkrc*, `remarkConfig` in package.json,
 * .remarkignore) is honoured as in remark-cli; the preset is always on, so a
 * student needs no configuration at all. Files that are not course reports
 * get nothing.
 */

import {existsSync} from 'node:fs'
import {dirname, join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type CheckResult, reportPasses, reportVerdict} from '@mlops-report/core'
import {
  type CodeAction,
  CodeActionKind,
  CodeLensRefreshRequest,
  type Connection,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {notAReportDiagnostic, notUtf8Diagnostic, toDiagnostic, tooLargeDiagnostic} from './diagnostics.js'
import {type Checked, DocumentChecks} from './document-checks.js'
import {fixAllAction, fixAllKind, quickFixes} from './fix-actions.js'
import {handinPreview, type HandinPreviewParams, type HandinPreviewResult} from './handin-preview.js'
import {lintDocument} from './lint-document.js'
import {codeLenses, documentSymbols, hover, inlayHints, type ReportStatus} from './report-features.js'
import {defaultSettings, readSettings, type Settings} from './settings.js'

/** Larger files get one line saying so instead of a check on every keystroke (the largest real report is ~0.1 MB). */
export const checkAsYouTypeLimit = 5 * 1024 * 1024

/** How the figures are shown: code lenses above each answer, inlay hints at its end, or both. */
export type FiguresDisplay = 'codeLens' | 'inlayHints' | 'both'

interface Outcome {
  diagnostics: Diagnostic[]
  /** The core's verdicts on the text checked; null when it was not checked. */
  result: CheckResult | null
  path: string | null
  workspace: string | null
}

export const statusNotification = 'mlops-report/status'
export const handinPreviewRequest = 'mlops-report/handinPreview'

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  try {
    return fileURLToPath(uri)
  } catch {
    return null
  }
}

/** The closest folder above `path` that looks like a project's root, else the file's own folder. */
function projectFolder(path: string): string {
  for (let folder = dirname(path); ; ) {
    if (['.git', 'package.json', 'pyproject.toml'].some((marker) => existsSync(join(folder, marker)))) return folder
    const parent = dirname(folder)
    if (parent === folder) return dirname(path)
    folder = parent
  }
}

export function startLanguageServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument)
  const workspaces = new Set<string>()
  const settingsByUri = new Map<string, Promise<Settings>>()
  const notUtf8 = new Map<string, Diagnostic | null>()
  /** Per previewed document: its parsed text, so each preview after an edit parses only what changed. */
  const previewSegments = new Map<string, unknown>()
  let initialSettings = defaultSettings
  let hasConfiguration = false
  let hasWorkspaceFolders = false
  let figures: FiguresDisplay = 'both'
  let canRefresh = {codeLens: false, inlayHint: false}
  const reported = new Set<string>()

  function reportProblems(problems: string[]) {
    for (const problem of problems) {
      if (reported.has(problem)) continue
      reported.add(problem)
      void connection.window.showWarningMessage(problem)
    }
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return Promise.resolve(initialSettings)
    let settings = settingsByUri.get(uri)
    if (!settings) {
      settings = connection.workspace.getConfiguration({scopeUri: uri, section: 'mlops-report'}).then(
        (raw: unknown) => {
          const {settings: read, problems} = readSettings(raw)
          reportProblems(problems)
          return read
        },
        () => initialSettings
      )
      settingsByUri.set(uri, settings)
    }
    return settings
  }

  function workspaceOf(path: string): string {
    const inside = [...workspaces]
      .map((uri) => pathOf(uri))
      .filter((folder): folder is string => folder !== null && (path.startsWith(folder.endsWith(sep) ? folder : folder + sep) || path === folder))
      .sort((a, b) => b.length - a.length)
    return inside[0] ?? projectFolder(path)
  }

  async function check(uri: string): Promise<Checked<Outcome> | null> {
    const document = documents.get(uri)
    if (!document) return null
    const {version} = document
    const text = document.getText()
    const path = pathOf(uri)
    if (!path) return {version, outcome: {diagnostics: [], result: null, path, workspace: null}}
    const workspace = workspaceOf(path)
    if (text.length > checkAsYouTypeLimit) {
      return {version, outcome: {diagnostics: [tooLargeDiagnostic(text.length, checkAsYouTypeLimit)], result: null, path, workspace}}
    }
    try {
      const settings = await settingsFor(uri)
      const {messages, result} = await lintDocument({path, text, cwd: workspace, settings})
      let diagnostics: Diagnostic[] = []
      if (result && !result.isReport) {
        if (/(^|[\\/])reports[\\/]README\.md$/i.test(path)) diagnostics = [notAReportDiagnostic(result.officialError)]
      } else if (result) {
        diagnostics = messages.map((message) => toDiagnostic(message, settings.strict))
        const encoding = notUtf8.get(uri)
        if (encoding) diagnostics.unshift(encoding)
      }
      return {version, outcome: {diagnostics, result, path, workspace}}
    } catch (error) {
      connection.console.error(`mlops-report: checking ${path} failed: ${error instanceof Error ? error.stack : String(error)}`)
      const diagnostic: Diagnostic = {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Error,
        source: 'mlops-report',
        message: `mlops-report could not check this file: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.`
      }
      return {version, outcome: {diagnostics: [diagnostic], result: null, path, workspace}}
    }
  }

  let refreshAfterCheck = false
  const checks = new DocumentChecks<Outcome>(check, (uri, {version, outcome}) => {
    void connection.sendDiagnostics({uri, version, diagnostics: outcome.diagnostics})
    const result = outcome.result
    const status: ReportStatus = {
      uri,
      version,
      isReport: result?.isReport ?? false,
      passed: result?.passed ?? 0,
      total: result?.total ?? 0,
      officialError: result?.officialError ?? null,
      passes: result ? reportPasses(result) : false,
      verdict: result ? reportVerdict(result).label : '',
      errors: outcome.diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length,
      warnings: outcome.diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning).length
    }
    void connection.sendNotification(statusNotification, status)
    if (refreshAfterCheck) {
      refreshAfterCheck = false
      if (canRefresh.codeLens) void connection.sendRequest(CodeLensRefreshRequest.type)
      if (canRefresh.inlayHint) void connection.languages.inlayHint.refresh()
    }
  })

  /** Something besides the text changed (figures, configuration): every open document again. */
  function recheckAll() {
    refreshAfterCheck = true
    for (const document of documents.all()) checks.schedule(document.uri)
  }

  async function reportFor(uri: string): Promise<(Outcome & {document: TextDocument; result: CheckResult}) | null> {
    const document = documents.get(uri)
    if (!document) return null
    const checked = await checks.outcome(uri, document.version)
    const result = checked?.outcome.result
    if (!checked || !result?.isReport || checked.version !== document.version) return null
    return {...checked.outcome, document, result}
  }

  connection.onInitialize((params) => {
    for (const folder of params.workspaceFolders ?? []) workspaces.add(folder.uri)
    if (workspaces.size === 0 && params.rootUri) workspaces.add(params.rootUri)
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>
    const {settings, problems} = readSettings(options)
    initialSettings = settings
    reportProblems(problems)
    if (options.figures === 'codeLens' || options.figures === 'inlayHints') figures = options.figures
    hasConfiguration = params.capabilities.workspace?.configuration === true
    hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true
    canRefresh = {
      codeLens: params.capabilities.workspace?.codeLens?.refreshSupport === true,
      inlayHint: params.capabilities.workspace?.inlayHint?.refreshSupport === true
    }
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllKind]},
        ...(figures === 'inlayHints' ? {} : {codeLensProvider: {resolveProvider: false}}),
        ...(figures === 'codeLens' ? {} : {inlayHintProvider: true}),
        hoverProvider: true,
        documentSymbolProvider: {label: 'Course report'},
        ...(hasWorkspaceFolders ? {workspace: {workspaceFolders: {supported: true, changeNotifications: true}}} : {})
      },
      serverInfo: {name: 'mlops-report-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type)
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) workspaces.delete(folder.uri)
        for (const folder of event.added) workspaces.add(folder.uri)
        recheckAll()
      })
    }
  })

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear()
    if (!hasConfiguration) {
      const raw = (change.settings as Record<string, unknown> | null)?.['mlops-report']
      const {settings, problems} = readSettings(raw)
      initialSettings = settings
      reportProblems(problems)
    }
    recheckAll()
  })

  // A figure added or removed, a .remarkrc edited.
  connection.onDidChangeWatchedFiles(() => recheckAll())

  function readEncoding(uri: string) {
    const path = pathOf(uri)
    notUtf8.set(uri, path ? notUtf8Diagnostic(path) : null)
  }

  documents.onDidOpen((event) => readEncoding(event.document.uri))
  documents.onDidChangeContent((event) => checks.schedule(event.document.uri))
  documents.onDidSave((event) => {
    readEncoding(event.document.uri)
    checks.schedule(event.document.uri)
  })
  documents.onDidClose((event) => {
    checks.forget(event.document.uri)
    notUtf8.delete(event.document.uri)
    previewSegments.delete(event.document.uri)
    settingsByUri.delete(event.document.uri)
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
  })

  connection.onCodeLens(async (params) => {
    const report = await reportFor(params.textDocument.uri)
    return report ? codeLenses(report.result) : []
  })

  connection.languages.inlayHint.on(async (params) => {
    const report = await reportFor(params.textDocument.uri)
    return report ? inlayHints(report.result, params.range) : []
  })

  connection.onHover(async (params) => {
    const report = await reportFor(params.textDocument.uri)
    return report ? hover(report.result, params.position) : null
  })

  connection.onDocumentSymbol(async (params) => {
    const report = await reportFor(params.textDocument.uri)
    return report ? documentSymbols(report.result) : []
  })

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
    const actions: CodeAction[] = wants(CodeActionKind.QuickFix) ? quickFixes(document, params.context.diagnostics) : []
    const asksFixAll = only?.some((asked) => fixAllKind === asked || fixAllKind.startsWith(`${asked}.`)) ?? false
    const handinHere = params.context.diagnostics.some((diagnostic) => diagnostic.code === 'handin-rendering')
    if (asksFixAll || (handinHere && wants(CodeActionKind.QuickFix))) {
      const report = await reportFor(document.uri)
      if (report && documents.get(document.uri)?.version === document.version) {
        // Beside the quick fixes, as markdownlint's "fix all"; under Source Action… and on save as source.fixAll.
        const action = fixAllAction(document, report.result, report.path, asksFixAll ? fixAllKind : CodeActionKind.QuickFix)
        if (action) actions.push(action)
      }
    }
    return actions
  })

  connection.onRequest(handinPreviewRequest, async (params: HandinPreviewParams): Promise<HandinPreviewResult | null> => {
    const report = await reportFor(params.textDocument.uri)
    if (!report?.path || !report.workspace) return null
    let segments = previewSegments.get(report.document.uri)
    if (!segments) {
      const {SegmentCache} = await import('@mlops-report/report-html')
      segments = new SegmentCache()
      previewSegments.set(report.document.uri, segments)
    }
    const preview = await handinPreview(report.document.getText(), report.result, report.path, report.workspace, params.imageBase, segments)
    return {version: report.document.version, ...preview}
  })

  // A crashed server is restarted by VS Code only a few times before it gives up on the extension: log and go on.
  process.on('uncaughtException', (error) => connection.console.error(`mlops-report: ${error.stack ?? String(error)}`))
  process.on('unhandledRejection', (error) => connection.console.error(`mlops-report: ${error instanceof Error ? error.stack : String(error)}`))

  documents.listen(connection)
  connection.listen()
}
