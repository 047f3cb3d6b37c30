/** The course checker's score for the report in the active editor, in the status bar; a click opens the Problems view. */

import type {ReportStatus} from 'mlops-report-language-server'
import * as vscode from 'vscode'

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}

export type {ReportStatus}

export class ReportStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('mlops-report.status', vscode.StatusBarAlignment.Left, 100)
  readonly #byUri = new Map<string, ReportStatus>()
  readonly #subscriptions: vscode.Disposable[]

  constructor() {
    this.#item.name = 'MLOps report'
    this.#item.command = 'workbench.actions.view.problems'
    this.#subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.#render()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.#byUri.delete(document.uri.toString())
        this.#render()
      })
    ]
  }

  update(status: ReportStatus): void {
    this.#byUri.set(status.uri, status)
    this.#render()
  }

  #render(): void {
    const document = vscode.window.activeTextEditor?.document
    const status = document ? this.#byUri.get(document.uri.toString()) : undefined
    void vscode.commands.executeCommand('setContext', 'mlops-report.isReport', status?.isReport === true)
    if (!status?.isReport) {
      this.#item.hide()
      return
    }
    const failing = !status.passes
    this.#item.text = status.officialError ? '$(error) Report: checker stops' : `${failing ? '$(error)' : '$(pass)'} Report ${status.passed}/${status.total}`
    this.#item.backgroundColor = failing ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined
    this.#item.tooltip = `${status.verdict} ${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')}: click for the Problems view.`
    this.#item.accessibilityInformation = {label: this.#item.text.replace(/\$\([a-z-]+\) /, ''), role: 'button'}
    this.#item.show()
  }

  dispose(): void {
    this.#item.dispose()
    for (const subscription of this.#subscriptions) subscription.dispose()
  }
}
