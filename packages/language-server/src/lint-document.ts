/**
 * One document checked as the workspace says: where remark's configuration
 * has a say, through remark as remark-cli would run it (unified-engine finds
 * the `.remarkrc*`, `remarkConfig` or `.remarkignore` that applies, and the
 * preset's rules the configuration leaves out are added); elsewhere (every
 * student repository) the core's findings as the preset's rules present them,
 * without remark's parse. The core's result comes back with the messages, so
 * every feature shows the same verdicts.
 */

import {resolve} from 'node:path'
import {PassThrough} from 'node:stream'
import {type CheckResult, checkReport, rules, ruleUrl} from '@mlops-report/core'
import {fileLookupBeside, repositorySnapshotOf} from '@mlops-report/report-files'
import type {} from 'remark-lint-mlops-report'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {mlopsReportDefaults} from './preset-defaults.js'
import {remarkConfigurationApplies} from './remark-configuration.js'
import type {Settings} from './settings.js'

export interface LintOutcome {
  messages: VFileMessage[]
  /** The core's verdicts, or null when the configuration ignores the file. */
  result: CheckResult | null
}

/** The core's verdicts on the document, its images looked for beside it. */
function checkDocument({path, text, settings}: Pick<LintRequest, 'path' | 'text' | 'settings'>): CheckResult {
  return checkReport(text, {files: fileLookupBeside(path), pythonMarkdown: settings.pythonMarkdown, repository: () => repositorySnapshotOf(path)})
}

/** remark's level for a severity: an error is fatal, a warning not, an info neither. */
const fatality = {error: true, warning: false, info: undefined} as const

/** The core's findings as the preset's rules report them (origin, severity, docs, mend), for a file no configuration applies to. */
function checkWithoutRemark(request: LintRequest): LintOutcome {
  const {text, settings} = request
  if (settings.requireConfig) return {messages: [], result: null}
  const result = checkDocument(request)
  if (!result.isReport) return {messages: [], result}
  const messages = result.findings.map((finding) => {
    const message = new VFileMessage(finding.message, {place: {start: finding.start, end: finding.end}, ruleId: finding.ruleId, source: 'remark-lint'})
    message.fatal = fatality[rules[finding.ruleId].severity]
    message.url = ruleUrl(finding.ruleId)
    if (finding.note) message.note = finding.note
    if (finding.fix !== undefined) {
      message.actual = text.slice(finding.start.offset, finding.end.offset)
      message.expected = [finding.fix]
    }
    return message
  })
  return {messages, result}
}

export interface LintRequest {
  path: string
  text: string
  /** The workspace folder: where configuration is searched up to and plugins are loaded from. */
  cwd: string
  settings: Settings
}

export async function lintDocument(request: LintRequest): Promise<LintOutcome> {
  if (!request.settings.ignorePath && !remarkConfigurationApplies(request.path, request.text)) return checkWithoutRemark(request)
  return lintWithRemark(request)
}

/** Through unified-engine, loaded only for a workspace that configures remark. */
export async function lintWithRemark({path, text, cwd, settings}: LintRequest): Promise<LintOutcome> {
  const [{engine}, {remark}] = await Promise.all([import('unified-engine'), import('remark')])
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
        const result = file.data.mlopsReport ?? checkDocument({path, text, settings})
        done({messages: file.messages, result})
      }
    )
  })
}
