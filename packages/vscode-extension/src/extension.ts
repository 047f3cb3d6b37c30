/**
 * "MLOps report" for VS Code: starts the bundled language server (VS Code's
 * own Node runs it; nothing is installed in the workspace, nothing written
 * to it) for markdown files, and adds what only an editor has: the score in
 * the status bar and the graders' hand-in as a preview beside the text.
 */

import * as vscode from 'vscode'
import {LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind} from 'vscode-languageclient/node.js'
import {HandinPreviewPanel} from './handin-preview-panel.js'
import {ReportStatusBar, type ReportStatus} from './report-status.js'

let client: LanguageClient | undefined

function initializationOptions(): Record<string, unknown> {
  const settings = vscode.workspace.getConfiguration('mlops-report')
  return {
    pythonMarkdown: settings.get<string>('pythonMarkdown'),
    strict: settings.get<boolean>('strict'),
    figures: settings.get<string>('figures')
  }
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.mjs')
  // Node's compile cache (22+) in the extension's own storage, never the workspace: later starts skip compiling the server.
  const env = {...process.env, NODE_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath}
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc, options: {env}},
    debug: {module, transport: TransportKind.ipc, options: {env, execArgv: ['--inspect=6010']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{scheme: 'file', language: 'markdown'}],
    initializationOptions: initializationOptions(),
    synchronize: {
      // A figure added or removed, a remark configuration changed: the server checks the open reports again.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{png,jpg,jpeg,gif,svg,webp,bmp,PNG,JPG,JPEG,GIF,SVG,WEBP}'),
        vscode.workspace.createFileSystemWatcher('**/{.remarkrc,.remarkrc.*,.remarkignore,package.json}')
      ]
    }
  }
  return new LanguageClient('mlops-report', 'MLOps report', serverOptions, clientOptions)
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context)
  const statusBar = new ReportStatusBar()
  context.subscriptions.push(statusBar)

  const listen = (current: LanguageClient) => {
    context.subscriptions.push(current.onNotification('mlops-report/status', (status: ReportStatus) => statusBar.update(status)))
  }
  listen(client)

  context.subscriptions.push(
    vscode.commands.registerCommand('mlops-report.showHandinPreview', () => {
      const editor = vscode.window.activeTextEditor
      if (editor?.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Open a course report (reports/README.md) to see its hand-in.')
        return
      }
      if (client) HandinPreviewPanel.show(context, client, editor.document)
    }),
    vscode.commands.registerCommand('mlops-report.fixAll', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor) return
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.mlops-report'
      )
      const fixAll = actions?.find((action) => action.title === 'Fix all hand-in differences' && action.edit)
      if (!fixAll?.edit) {
        void vscode.window.showInformationMessage(
          'Nothing to mend: the hand-in renders this report as GitHub does, or what differs cannot be mended without changing a count.'
        )
        return
      }
      await vscode.workspace.applyEdit(fixAll.edit)
    }),
    vscode.commands.registerCommand('mlops-report.restartServer', async () => {
      await client?.restart()
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // Where the figures are shown is a capability: it takes a new server.
      if (event.affectsConfiguration('mlops-report.figures') && client) {
        await client.stop()
        client = createClient(context)
        listen(client)
        await client.start()
      }
    })
  )
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
