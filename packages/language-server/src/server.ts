/**
 * A language server for course reports: remark with the mlops-report preset,
 * over LSP. Workspace configuration (.remarkrc*, `remarkConfig` in
 * package.json) is honoured as in remark-cli; the preset is always on, so a
 * student needs no configuration at all.
 */

import {remark} from 'remark'
import remarkPresetLintMlopsReport from 'remark-preset-lint-mlops-report'
import {createUnifiedLanguageServer} from 'unified-language-server'

/**
 * The preset's plugins that the workspace's configuration has not attached
 * itself. unified-engine merges the server's plugins after the workspace's
 * and replaces a rule's options with the server's, so the preset given as it
 * is would undo a `.remarkrc` that chose, say, `pythonMarkdown: '3.4-debian'`.
 * Run last, when every configured plugin is attached: a plugin attached
 * while the processor freezes is run in the same pass.
 */
/** The part of a unified processor this plugin uses (any processor's `this`). */
interface Attaching {
  readonly attachers: ReadonlyArray<readonly [unknown, ...unknown[]]>
  use(...plugin: never[]): unknown
}

export function mlopsReportDefaults(this: Attaching): undefined {
  const attached = new Set<unknown>(this.attachers.map(([plugin]) => plugin))
  for (const entry of remarkPresetLintMlopsReport.plugins ?? []) {
    const [plugin, ...options] = Array.isArray(entry) ? entry : [entry]
    if (!attached.has(plugin)) this.use(plugin as never, ...(options as never[]))
  }
}

export function startLanguageServer(): void {
  createUnifiedLanguageServer({
    configurationSection: 'mlops-report',
    processorName: 'remark',
    processorSpecifier: 'remark',
    defaultProcessor: () => remark(),
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    rcName: '.remarkrc',
    plugins: [mlopsReportDefaults]
  })
}
