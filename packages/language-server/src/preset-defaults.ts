/**
 * The preset's plugins that the workspace's configuration has not attached
 * itself. unified-engine merges the server's plugins after the workspace's
 * and replaces a rule's options with the server's, so the preset given as it
 * is would undo a `.remarkrc` that chose, say, `pythonMarkdown: '3.4-debian'`.
 * Run last, when every configured plugin is attached: a plugin attached
 * while the processor freezes is run in the same pass.
 */

import type {PythonMarkdownVersion} from '@mlops-report/core'
import remarkPresetLintMlopsReport, {mlopsReportPreset} from 'remark-preset-lint-mlops-report'

/** The part of a unified processor this plugin uses (any processor's `this`). */
interface Attaching {
  readonly attachers: ReadonlyArray<readonly [unknown, ...unknown[]]>
  use(...plugin: never[]): unknown
}

export interface DefaultsOptions {
  /** From the editor's settings; a rule the workspace configured keeps its own. */
  pythonMarkdown?: PythonMarkdownVersion | undefined
}

/** A lint rule's name (`remark-lint:question-length`, as unified-lint-rule names it), or null. */
function nameOf(plugin: unknown): string | null {
  const name = typeof plugin === 'function' ? plugin.name : ''
  return name.startsWith('remark-lint') || name === 'remarkLint' ? name : null
}

export function mlopsReportDefaults(this: Attaching, options?: DefaultsOptions): undefined {
  const preset = options?.pythonMarkdown ? mlopsReportPreset({pythonMarkdown: options.pythonMarkdown}) : remarkPresetLintMlopsReport
  // By name too: a workspace's own copy of the preset (in its node_modules) is another module than the server's.
  const attached = new Set<unknown>(this.attachers.flatMap(([plugin]) => [plugin, nameOf(plugin) ?? plugin]))
  for (const entry of preset.plugins ?? []) {
    const [plugin, ...pluginOptions] = Array.isArray(entry) ? entry : [entry]
    if (!attached.has(plugin) && !attached.has(nameOf(plugin) ?? plugin)) this.use(plugin as never, ...(pluginOptions as never[]))
  }
}
