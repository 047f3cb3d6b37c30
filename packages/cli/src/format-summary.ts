/**
 * A report as a GitHub job summary (markdown): the checker's total, then one
 * row per question with its figures against its limits.
 */

import {formatRange, type CheckResult, type QuestionResult, questionVerdict, reportPasses} from '@mlops-report/core'
import {summaryLine} from './format-text.js'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function figures(count: number, range: QuestionResult['constraints']['words']): string {
  return range ? `${count} (${formatRange(range)})` : String(count)
}

const mark = {pass: '✅', fail: '❌', unknown: '❔'} as const

function status(question: QuestionResult): string {
  const {state, label} = questionVerdict(question)
  return `${mark[state]} ${label}`
}

export function formatSummary(path: string, result: CheckResult): string {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length
  const warnings = result.findings.filter((finding) => finding.severity === 'warning').length
  const lines = [
    `### ${reportPasses(result) ? '✅' : '❌'} \`${cell(path)}\``,
    '',
    `${cell(summaryLine(path, result))}; ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (annotated on the files).`,
    '',
    '| Question | Verdict | Words (expected) | Images (expected) |',
    '| ---: | --- | --- | --- |'
  ]
  for (const question of result.questions) {
    const images = question.constraints.images ? figures(question.images, question.constraints.images) : question.images > 0 ? String(question.images) : ''
    lines.push(`| ${question.number} | ${status(question)} | ${figures(question.words, question.constraints.words)} | ${images} |`)
  }
  return `${lines.join('\n')}\n`
}
