/**
 * A language server for course reports: remark with the mlops-report preset,
 * over LSP. Workspace configuration (.remarkrc*, `remarkConfig` in
 * package.json) is honoured as in remark-cli; the preset is always on, so a
 * student needs no configuration at all.
 */

import {remark} from 'remark'
import remarkPresetLintMlopsReport from 'remark-preset-lint-mlops-report'
import {createUnifiedLanguageServer} from 'unified-language-server'

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
    plugins: [remarkPresetLintMlopsReport]
  })
}
