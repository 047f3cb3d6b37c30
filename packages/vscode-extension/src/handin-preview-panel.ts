/**
 * "Show hand-in preview": a webview beside the editor with the graders'
 * hand-in (report.py html under the chosen Python-Markdown) next to GitHub's
 * rendering, as the language server renders them. It follows edits (after
 * typing pauses), the editor's scroll and the cursor, question by question. The HTML is
 * sanitized by the server; the webview's Content-Security-Policy runs only
 * this extension's script and loads figures only from the workspace.
 */

import {randomBytes} from 'node:crypto'
import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node.js'
import {questionAtLine, questionAtTop, type StickyScroll} from './question-on-screen.js'

/** After the last keystroke, so a preview render never competes with typing. */
const UPDATE_DELAY_MS = 150

/**
 * A move of the cursor reveals its line, and VS Code tells of that scroll
 * after the move: within this time, a scroll that keeps the cursor on screen
 * is the move's, and the preview stays on the cursor's question.
 */
const REVEAL_AFTER_MOVE_MS = 400

interface PreviewContent {
  version: number
  title: string | null
  html: string
  styles: string
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export class HandinPreviewPanel {
  static readonly #open = new Map<string, HandinPreviewPanel>()

  static show(context: vscode.ExtensionContext, client: LanguageClient, document: vscode.TextDocument): void {
    const key = document.uri.toString()
    const existing = HandinPreviewPanel.#open.get(key)
    if (existing) {
      existing.#panel.reveal(vscode.ViewColumn.Beside, true)
      return
    }
    HandinPreviewPanel.#open.set(key, new HandinPreviewPanel(context, client, document))
  }

  readonly #panel: vscode.WebviewPanel
  readonly #client: LanguageClient
  readonly #document: vscode.TextDocument
  readonly #nonce = randomBytes(16).toString('base64')
  readonly #subscriptions: vscode.Disposable[] = []
  #timer: NodeJS.Timeout | undefined
  #shownVersion = -1
  #cursorMovedAt = 0

  private constructor(context: vscode.ExtensionContext, client: LanguageClient, document: vscode.TextDocument) {
    this.#client = client
    this.#document = document
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)
    const media = vscode.Uri.joinPath(context.extensionUri, 'media')
    this.#panel = vscode.window.createWebviewPanel(
      'mlops-report.handinPreview',
      `Hand-in: ${document.uri.path.split('/').slice(-2).join('/')}`,
      {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true},
      {
        enableScripts: true,
        enableFindWidget: true,
        // Figures from the workspace (or the report's own folder when none is open), nothing else of the disk.
        localResourceRoots: [media, ...(folders.length > 0 ? folders : [vscode.Uri.joinPath(document.uri, '..')])]
      }
    )
    this.#panel.webview.html = this.#page(media, '<p class="loading">Checking the report…</p>')
    this.#subscriptions.push(
      this.#panel.onDidDispose(() => this.#dispose()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.#document) this.#schedule()
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.#document) this.#follow(event.textEditor)
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document !== this.#document) return
        this.#cursorMovedAt = Date.now()
        this.#follow(event.textEditor)
      }),
      this.#panel.webview.onDidReceiveMessage((message: {type?: string}) => {
        if (message.type === 'ready') void this.#update()
      })
    )
  }

  #page(media: vscode.Uri, body: string): string {
    const webview = this.#panel.webview
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} https: data:`,
      `style-src ${webview.cspSource} 'unsafe-inline'`,
      `script-src 'nonce-${this.#nonce}'`
    ].join('; ')
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'))}">
<style id="report-styles"></style>
<title>Hand-in preview</title>
</head>
<body>
<main id="root" aria-live="polite">${body}</main>
<script nonce="${this.#nonce}" src="${webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'))}"></script>
</body>
</html>`
  }

  #schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#update(), UPDATE_DELAY_MS)
  }

  async #update(): Promise<void> {
    let content: PreviewContent | null
    try {
      content = await this.#client.sendRequest<PreviewContent | null>('mlops-report/handinPreview', {textDocument: {uri: this.#document.uri.toString()}})
    } catch (error) {
      content = null
      this.#client.warn(`The hand-in preview could not be made: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (content && content.version < this.#shownVersion) return
    const webview = this.#panel.webview
    // The server gives figures as file: URLs; the webview loads them through its own scheme.
    const html = content
      ? content.html.replace(/(\ssrc=")(file:[^"]+)"/g, (_, before: string, url: string) => `${before}${webview.asWebviewUri(vscode.Uri.parse(url))}"`)
      : `<p class="not-a-report">${escapeHtml(this.#document.uri.path.split('/').pop() ?? '')} is not a course report: it has no <code>### Question N</code> heading.</p>`
    this.#shownVersion = content?.version ?? this.#shownVersion
    await webview.postMessage({type: 'update', html, styles: content?.styles ?? ''})
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.#document)
    if (editor) this.#follow(editor)
  }

  /**
   * Scrolls both sides to the question the student is at: the cursor's, just
   * after it moved; otherwise the one at the top of what the editor shows.
   */
  #follow(editor: vscode.TextEditor): void {
    const range = editor.visibleRanges[0]
    if (!range) return
    const lines = this.#document.getText().split(/\r?\n|\r/)
    const cursor = editor.selection.active
    const question =
      Date.now() - this.#cursorMovedAt < REVEAL_AFTER_MOVE_MS && editor.visibleRanges.some((visible) => visible.contains(cursor))
        ? questionAtLine(lines, cursor.line)
        : questionAtTop(lines, range.start.line, this.#stickyScroll(), range.end.line)
    void this.#panel.webview.postMessage({type: 'scroll', question})
  }

  /** The editor's sticky scroll for this document (a `[markdown]` setting included). */
  #stickyScroll(): StickyScroll {
    const editor = vscode.workspace.getConfiguration('editor', this.#document)
    return {enabled: editor.get<boolean>('stickyScroll.enabled', true), maxLineCount: editor.get<number>('stickyScroll.maxLineCount', 5)}
  }

  #dispose(): void {
    clearTimeout(this.#timer)
    HandinPreviewPanel.#open.delete(this.#document.uri.toString())
    for (const subscription of this.#subscriptions) subscription.dispose()
  }
}
