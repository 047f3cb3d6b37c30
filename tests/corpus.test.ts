/**
 * The acceptance test of the core: on every real report in the corpus, our
 * CLI states the course checker's verdicts exactly.
 */

import {describe, expect, it} from 'vitest'
import {rules, type RuleId} from '@mlops-report/core'
import type {JsonReport} from 'mlops-report'
import {runCli} from './support/cli.js'
import {corpus, sharedPresent} from './support/shared.js'

const entries = corpus()

describe.skipIf(!sharedPresent)('the corpus, checked in one run', () => {
  const run = runCli(['check', '--format', 'json', ...entries.map((entry) => entry.readme)])
  const reports = JSON.parse(run.stdout) as JsonReport[]

  it('checks all 67 reports and fails the run because some fail', () => {
    expect(entries).toHaveLength(67)
    expect(reports).toHaveLength(67)
    expect(run.status).toBe(1)
  })

  it("gives every finding its rule's one severity (remark-lint applies one per rule)", () => {
    const messages = reports.flatMap((report) => report.messages)
    expect(messages.length).toBeGreaterThan(500)
    for (const message of messages) expect(message.severity).toBe(rules[message.ruleId as RuleId].severity)
  })

  it.each(entries.map((entry, index) => [entry.name, entry, index] as const))('%s', (_name, entry, index) => {
    const report = reports[index]!
    const {expected} = entry
    expect(report.generation).toBe(entry.generation)
    expect(report.officialError !== null).toBe(expected.error !== null)
    if (expected.error !== null) {
      expect(report.officialError).toBe(expected.error)
      return
    }
    expect(report.passed).toBe(expected.passed)
    expect(report.total).toBe(expected.total)
    for (const [number, verdict] of Object.entries(expected.questions)) {
      const question = report.questions.find((candidate) => candidate.number === Number(number))!
      expect({number: question.number, pass: question.pass, words: question.words, images: question.images}).toEqual({
        number: Number(number),
        pass: verdict.pass,
        words: verdict.words ?? question.words,
        images: verdict.images ?? question.images
      })
      expect(question.wordRange).toEqual(verdict.words_range ?? null)
      expect(question.imageRange).toEqual(verdict.images_range ?? null)
    }
  })
})
