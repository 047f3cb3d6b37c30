/**
 * Why the course checker stops (or pairs an answer with the wrong question),
 * named at the place a student has to fix.
 */

import type {Draft} from '../finding.js'
import {ANSWER_MARKER} from '../official-checker.js'
import type {ReportStructure} from '../report-structure.js'
import type {Verdicts} from '../verdicts.js'
import {lineEnd} from '../text-lines.js'
import {rules} from '../rules.js'

function structureDraft(start: number, end: number, message: string, note: string, question: number | null = null): Draft {
  return {ruleId: 'template-structure', severity: rules['template-structure'].severity, official: true, question, start, end, message, note}
}

function causesOfStop(text: string, structure: ReportStructure, verdicts: Verdicts): Draft[] {
  const drafts: Draft[] = []
  const {questions} = structure
  const present = new Set(questions.map((question) => question.number))
  if (questions.length === 0) {
    return [
      structureDraft(
        0,
        lineEnd(text, 0),
        'No `### Question N` headings: this does not look like a report on the course template',
        'Start from the course template (reports/README.md) and write your answers under its `> Answer:` lines.'
      )
    ]
  }
  if (verdicts.checkedAs !== 'text') {
    // Consecutive missing headings are one finding: "questions 12–14".
    const missing = verdicts.questions.map((verdict) => verdict.number).filter((number) => !present.has(number))
    for (let index = 0; index < missing.length; ) {
      let last = index
      while (missing[last + 1] === missing[last]! + 1) last++
      const [from, to] = [missing[index]!, missing[last]!]
      const next = questions.find((question) => question.number > to)
      const at = next?.heading.start ?? text.length
      const message = from === to ? `There is no \`### Question ${from}\` heading` : `There are no headings for questions ${from}–${to}`
      drafts.push(
        structureDraft(
          at,
          next ? next.heading.end : at,
          message,
          'Put the questions back as the template has them: the checker pairs answers with questions by counting.',
          from
        )
      )
      index = last + 1
    }
  }
  for (const question of questions) {
    const {number, heading, markers} = question
    if (markers.length === 0) {
      drafts.push(
        structureDraft(
          heading.start,
          heading.end,
          `Question ${number} has no \`Answer:\` line: the checker reads it as part of the answer before it`,
          'Put back the `> Answer:` line under the question, as in the template.',
          number
        )
      )
    }
    for (let index = 1; index < markers.length; index++) {
      const previous = markers[index - 1]!
      const marker = markers[index]!
      if (!text.slice(previous, marker).includes('###')) continue
      drafts.push(
        structureDraft(
          marker,
          marker + ANSWER_MARKER.length,
          `Question ${number} has a second \`Answer:\`: the checker starts an extra answer here`,
          'Keep one `Answer:` per question; reword this one (for example "Answer -").',
          number
        )
      )
    }
  }
  // An `Answer:` outside every question section adds an answer of its own.
  let section = 0
  for (const index of structure.markers) {
    while (section < questions.length && questions[section]!.sectionEnd < index) section++
    const question = questions[section]
    if (question && question.heading.start < index) continue
    const beforeAll = questions.length > 0 && index < questions[0]!.heading.start
    drafts.push(
      structureDraft(
        index,
        index + ANSWER_MARKER.length,
        `\`Answer:\` outside any question${beforeAll ? ', before question 1' : ''}: the checker counts an answer here`,
        "Remove or reword this `Answer:`; only the template's `> Answer:` lines may use it."
      )
    )
  }
  const lastMarker = structure.markers.at(-1)
  const trailing = lastMarker === undefined ? -1 : text.indexOf('###', lastMarker)
  if (trailing !== -1) {
    drafts.push(
      structureDraft(
        trailing,
        lineEnd(text, trailing),
        '`###` after the last `Answer:`: the checker counts the last answer twice and finds one answer too many',
        'Move this heading and its text above the last question, or write it without `###`.'
      )
    )
  }
  return drafts
}

export function structureFindings(text: string, structure: ReportStructure, verdicts: Verdicts, generationGuessed: boolean): Draft[] {
  const drafts: Draft[] = []
  if (generationGuessed) {
    drafts.push({
      ruleId: 'template-generation',
      severity: rules['template-generation'].severity,
      official: false,
      question: null,
      start: 0,
      end: lineEnd(text, 0),
      message: `Cannot tell which template this report was written on (no \`### Question 31\` or \`### Question 27\` heading); checked as the ${verdicts.checkedAs}-question template`,
      note: "Use `--constraints text` to read each question's limits from its own wording."
    })
  }
  const {cut} = verdicts
  if (cut.error) {
    const found = cut.answers.length
    drafts.push(
      structureDraft(
        0,
        lineEnd(text, 0),
        found === 0 && cut.error.startsWith('IndexError')
          ? 'The course checker stops: there is no `Answer:` in the file, so it checks nothing'
          : `The course checker stops: it finds ${found} answers where it expects ${cut.expected}, so it checks nothing`,
        `It stops with "${cut.error}". The findings below say where the template was changed.`
      ),
      ...causesOfStop(text, structure, verdicts)
    )
    return drafts
  }
  for (let index = 0; index < verdicts.questions.length; index++) {
    const verdict = verdicts.questions[index]!
    const section = verdict.section
    if (!verdict.counted || section?.number === verdict.number) continue
    drafts.push({
      ruleId: 'answer-alignment',
      severity: rules['answer-alignment'].severity,
      official: false,
      question: verdict.number,
      start: verdict.counted.start,
      end: verdict.counted.start,
      message: `The checker reads this as question ${verdict.number}'s answer, but it sits ${section ? `under question ${section.number}` : 'outside every question'}`,
      note: 'An `Answer:` line is missing in one place and extra in another: give every question exactly one.'
    })
  }
  return drafts
}
