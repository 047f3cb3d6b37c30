/**
 * The hand-in rendering findings against the real renderers: every corpus
 * answer is rendered by GitHub's markdown (remark + GFM) and by the graders'
 * (the real Python-Markdown of each release, as report.py runs it), and
 * checked under that release. An answer whose lists, code blocks, links,
 * tables, headings or struck text differ must have a finding; one that
 * renders alike must have none.
 */

import {readFileSync} from 'node:fs'
import {checkReport, type PythonMarkdownVersion, pythonMarkdownVersions} from '@mlops-report/core'
import {describe, expect, it} from 'vitest'
import {oraclePresent} from './support/python-markdown.js'
import {compareRenderings, graderRendererPresent} from './support/render-compare.js'
import {join} from 'node:path'
import {corpus, sharedDir, sharedPresent} from './support/shared.js'

const rendererPresent = graderRendererPresent()
if (!rendererPresent && process.env.CI) throw new Error('python3-markdown is missing: .ci/run installs it with apt-get')

interface Answer {
  report: string
  question: number
  markdown: string
  findings: string[]
}

/** The corpus reports and the half-finished seed report. */
function reports(): Array<{name: string; readme: string}> {
  return [...corpus(), {name: 'seed', readme: join(sharedDir, 'seed', 'README.md')}]
}

function corpusAnswers(pythonMarkdown: PythonMarkdownVersion): Answer[] {
  const answers: Answer[] = []
  for (const entry of reports()) {
    // Both renderers and the core read universal newlines; slice the same text.
    const text = readFileSync(entry.readme, 'utf8').replace(/\r\n?/g, '\n')
    const result = checkReport(text, {pythonMarkdown})
    for (const question of result.questions) {
      if (!question.answer) continue
      const answerStart = question.answer.start.offset
      const lineStart = text.lastIndexOf('\n', text.lastIndexOf('Answer:', answerStart)) + 1
      answers.push({
        report: entry.name,
        question: question.number,
        markdown: text.slice(lineStart, question.answer.end.offset),
        findings: result.findings
          .filter((finding) => finding.ruleId === 'handin-rendering' && finding.question === question.number)
          .map((finding) => `${finding.start.line}:${finding.start.column} ${finding.message}`)
      })
    }
  }
  return answers
}

describe.skipIf(!sharedPresent || !rendererPresent).each(pythonMarkdownVersions.filter((version) => sharedPresent && oraclePresent(version)))(
  'hand-in rendering findings on the corpus under %s',
  (version) => {
    const answers = corpusAnswers(version)
    const comparisons = compareRenderings(
      answers.map((answer) => answer.markdown),
      version
    )

    it('flags exactly the answers that render differently', () => {
      const disagreements = answers.flatMap((answer, index) => {
        const {differs, github, handin} = comparisons[index]!
        const flagged = answer.findings.length > 0
        if (differs === flagged) return []
        return [
          differs
            ? `${answer.report} Q${answer.question}: renders differently but has no finding\n  GitHub:  ${github.join(' ')}\n  hand-in: ${handin.join(' ')}`
            : `${answer.report} Q${answer.question}: renders alike but has findings\n  ${answer.findings.join('\n  ')}`
        ]
      })
      expect(disagreements).toEqual([])
    })

    it('finds divergences in most reports, as measured', () => {
      const differing = comparisons.filter((comparison) => comparison.differs)
      expect(differing.length).toBeGreaterThan(200)
      expect(new Set(answers.filter((_, index) => comparisons[index]!.differs).map((answer) => answer.report)).size).toBeGreaterThanOrEqual(55)
    })
  }
)
