/**
 * `mlops-report check --format sarif` as GitHub code scanning reads it: a
 * SARIF 2.1.0 log valid against the standard's schema, rules with their
 * documentation, results at the same places and with the same figures as the
 * JSON format, the course checker's verdicts as errors.
 */

import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonReport, SarifLog} from 'mlops-report'
import {fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {sarifSchemaErrors} from './support/sarif.js'
import {tempDir} from './support/temp.js'

function folderWith(reports: Record<string, string | Buffer>): string {
  const dir = tempDir()
  for (const [path, text] of Object.entries(reports)) {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  return dir
}

function sarif(args: string[], cwd: string): {status: number | null; log: SarifLog; stderr: string} {
  const run = runCli(['check', '--format', 'sarif', ...args], {cwd})
  return {status: run.status, log: JSON.parse(run.stdout) as SarifLog, stderr: run.stderr}
}

describe('check --format sarif', () => {
  const failing = fixtureReport({answers: {4: words(86), 6: `${words(120)} https://example.org`}})

  it('writes a log valid against the SARIF 2.1.0 schema, with every rule documented', () => {
    const dir = folderWith({'reports/README.md': failing})
    const {status, log} = sarif([], dir)
    expect(status).toBe(1)
    expect(sarifSchemaErrors(log)).toEqual([])
    // The validator does reject what the standard does not allow.
    expect(sarifSchemaErrors({...log, version: '2.0.0'})).not.toEqual([])
    expect(sarifSchemaErrors({...log, runs: [{...log.runs[0], results: [{ruleId: 'x', message: {}}]}]})).not.toEqual([])
    expect(log.version).toBe('2.1.0')
    const [run] = log.runs
    const rules = run!.tool.driver.rules
    expect(rules.map((rule) => rule.id)).toContain('question-length')
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`https://mlops-report.github.io/mlops-report/docs/rules/${rule.id}`)
      expect(rule.shortDescription.text.length).toBeGreaterThan(20)
    }
    expect(run!.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/\/.+\/$/)
  })

  it('gives each finding where the JSON format does, the official verdicts as errors', () => {
    const dir = folderWith({'reports/README.md': failing})
    const [report] = JSON.parse(runCli(['check', '--format', 'json'], {cwd: dir}).stdout) as JsonReport[]
    const {log} = sarif([], dir)
    const results = log.runs[0]!.results
    expect(results).toHaveLength(report!.messages.length)
    results.forEach((result, index) => {
      const message = report!.messages[index]!
      expect(result.ruleId).toBe(message.ruleId)
      expect(log.runs[0]!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
      expect(result.level).toBe(message.severity)
      expect(result.locations[0]!.physicalLocation.region).toEqual({
        startLine: message.line,
        startColumn: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn
      })
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({uri: 'reports/README.md', uriBaseId: '%SRCROOT%'})
    })
    const length = results.find((result) => result.ruleId === 'question-length')!
    expect(length).toMatchObject({level: 'error', properties: {official: true, question: 4}})
    expect(length.message.text).toContain('Question 4: 86 words, expected 100–200 (14 short)')
    expect(results.some((result) => result.ruleId === 'handin-rendering' && result.level === 'warning')).toBe(true)
    expect(log.runs[0]!.properties.reports).toEqual([{file: 'reports/README.md', passed: 30, total: 31, officialError: null}])
  })

  it('names an unreadable report as a tool notification, still a valid log, and encodes paths', () => {
    const dir = folderWith({
      // Failing, so that its results name the folder with a space in it.
      'group a/README.md': fixtureReport({answers: {4: words(86)}}),
      'latin1/README.md': Buffer.from('### Question 1\n\nCaf\xe9\n', 'latin1')
    })
    const {status, log, stderr} = sarif(['group a', 'latin1'], dir)
    expect(status).toBe(2)
    expect(stderr).toContain('not valid UTF-8')
    expect(sarifSchemaErrors(log)).toEqual([])
    const [invocation] = log.runs[0]!.invocations
    expect(invocation!.executionSuccessful).toBe(false)
    expect(invocation!.toolExecutionNotifications).toHaveLength(1)
    expect(invocation!.toolExecutionNotifications[0]!.message.text).toContain('not valid UTF-8')
    expect(log.runs[0]!.properties.reports.map((report) => report.file)).toEqual(['group a/README.md'])
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(uris.length).toBeGreaterThan(0)
    expect(new Set(uris)).toEqual(new Set(['group%20a/README.md']))
  })

  it('is an empty, valid log for a passing report, exit 0', () => {
    const dir = folderWith({'reports/README.md': fixtureReport()})
    const {status, log} = sarif(['--quiet'], dir)
    expect(status).toBe(0)
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(log.runs[0]!.results).toEqual([])
  })
})
