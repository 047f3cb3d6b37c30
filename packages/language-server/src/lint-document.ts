/**
 * One document through remark as remark-cli would run it in the workspace:
 * unified-engine finds the `.remarkrc*`, `remarkConfig` or `.remarkignore`
 * that applies, and the preset's rules the configuration leaves out are
 * added. The core's result that the rules presented comes back with the
 * messages, so every feature shows the same verdicts.
 */

import {resolve} from 'node:path'
import {PassThrough} from 'node:stream'
import {type CheckResult, checkReport} from '@mlops-report/core'
import {fileLookupBeside} from '@mlops-report/report-files'
import {remark} from 'remark'
import type {} from 'remark-lint-mlops-report'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {mlopsReportDefaults} from './preset-defaults.js'
import type {Settings} from './settings.js'

export interface LintOutcome {
  messages: VFileMessage[]
  /** The core's verdicts, or null when the configuration ignores the file. */
  result: CheckResult | null
}

export interface LintRequest {
  path: string
  text: string
  /** The workspace folder: where configuration is searched up to and plugins are loaded from. */
  cwd: string
  settings: Settings
}

export function lintDocument({path, text, cwd, settings}: LintRequest): Promise<LintOutcome> {
  const file = new VFile({cwd, path, value: text})
  return new Promise((done) => {
    engine(
      {
        cwd,
        files: [file],
        processor: remark,
        ignoreName: '.remarkignore',
        ignorePath: settings.ignorePath ? resolve(cwd, settings.ignorePath) : undefined,
        ignorePathResolveFrom: settings.ignorePathResolveFrom,
        ignoreUnconfigured: settings.requireConfig,
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        plugins: [[mlopsReportDefaults as never, {pythonMarkdown: settings.pythonMarkdown}]],
        rcName: '.remarkrc',
        quiet: false,
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      (error) => {
        // unified-engine reports a plugin's failure as a message; an error here is its own.
        if (error) file.message(error).fatal = true
        if (file.data.unifiedEngineIgnored) {
          done({messages: [], result: null})
          return
        }
        // The workspace may have turned every rule of ours off: the figures are still the core's.
        const result = file.data.mlopsReport ?? checkReport(text, {files: fileLookupBeside(path), pythonMarkdown: settings.pythonMarkdown})
        done({messages: file.messages, result})
      }
    )
  })
}
