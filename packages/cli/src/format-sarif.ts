/**
 * SARIF 2.1.0, the format GitHub code scanning reads
 * (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): one run,
 * every rule of the core as a reporting descriptor, every finding as a result
 * at its region. The official checker's verdicts are the core's official
 * findings, all errors; a report that could not be read is a tool
 * notification, not a result, as it says nothing about the report's text.
 */

import {relative, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type CheckResult, type RuleId, ruleIds, rules, ruleUrl, type Severity} from '@mlops-report/core'

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'

interface SarifMessage {
  text: string
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: {uri: string; uriBaseId?: string}
    region?: {startLine: number; startColumn: number; endLine: number; endColumn: number}
  }
}

export interface SarifRule {
  id: RuleId
  name: string
  shortDescription: SarifMessage
  helpUri: string
  help: SarifMessage & {markdown: string}
  defaultConfiguration: {level: SarifLevel}
  properties: {tags: string[]; precision: 'very-high'}
}

export interface SarifResult {
  ruleId: RuleId
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  properties: {official: boolean; question: number | null}
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[]}}
    originalUriBaseIds: Record<string, {uri: string}>
    invocations: Array<{
      executionSuccessful: boolean
      toolExecutionNotifications: Array<{level: 'error'; message: SarifMessage; locations: SarifLocation[]}>
    }>
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
    /** Each report's official total, as the text format's last line gives it. */
    properties: {reports: Array<{file: string; passed: number; total: number; officialError: string | null}>}
  }>
}

export interface SarifInput {
  checked: Array<{path: string; result: CheckResult}>
  unreadable: Array<{path: string; message: string}>
  /** The folder paths are relative to in the log (`%SRCROOT%`): the repository's root when run in CI. */
  root: string
  version: string
}

/** `rule-id` → `RuleId`: SARIF's `name` is an identifier a person reads. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
}

type SarifLevel = 'error' | 'warning' | 'note'

/** SARIF's word for each severity: an `info` finding is a note. */
const sarifLevel: Record<Severity, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'}

function descriptor(id: RuleId): SarifRule {
  const rule = rules[id]
  return {
    id,
    name: pascalCase(id),
    shortDescription: {text: rule.summary},
    helpUri: ruleUrl(id),
    help: {text: `${rule.summary} See ${ruleUrl(id)}`, markdown: `${rule.summary} [Documentation](${ruleUrl(id)})`},
    defaultConfiguration: {level: sarifLevel[rule.severity]},
    properties: {tags: rule.official ? ['course-checker', 'official'] : ['course-checker'], precision: 'very-high'}
  }
}

/** A path as the log names it: relative to `root` (percent-encoded, `/`-separated) where it lies below it, else a file URL. */
function artifactLocation(path: string, root: string): SarifLocation['physicalLocation']['artifactLocation'] {
  const fromRoot = relative(root, path)
  if (fromRoot === '' || fromRoot.startsWith('..') || fromRoot.startsWith(sep) || /^[a-zA-Z]:/.test(fromRoot)) {
    return {uri: pathToFileURL(path).href}
  }
  return {uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}

/** The finding and what to do about it, as one message (SARIF shows one text). */
function withNote(message: string, note: string | undefined): string {
  if (!note) return message
  return `${message}${/[.!?]$/.test(message) ? '' : '.'} ${note}`
}

export function toSarif({checked, unreadable, root, version}: SarifInput): SarifLog {
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const results: SarifResult[] = []
  for (const {path, result} of checked) {
    const artifact = artifactLocation(path, root)
    for (const finding of result.findings) {
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId)!,
        level: sarifLevel[finding.severity],
        message: {text: withNote(finding.message, finding.note)},
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: {startLine: finding.start.line, startColumn: finding.start.column, endLine: finding.end.line, endColumn: finding.end.column}
            }
          }
        ],
        properties: {official: finding.official, question: finding.question}
      })
    }
  }
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mlops-report',
            version,
            semanticVersion: version,
            informationUri: 'https://mlops-report.github.io/mlops-report/',
            rules: ruleIds.map(descriptor)
          }
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href}},
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map(({path, message}) => ({
              level: 'error' as const,
              message: {text: message},
              locations: [{physicalLocation: {artifactLocation: artifactLocation(path, root)}}]
            }))
          }
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          reports: checked.map(({path, result}) => ({file: path, passed: result.passed, total: result.total, officialError: result.officialError}))
        }
      }
    ]
  }
}
