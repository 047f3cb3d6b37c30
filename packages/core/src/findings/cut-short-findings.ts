/**
 * Where the course checker reads less of an answer than the student wrote:
 * it starts after the last `Answer:` and stops at the first `###` or `##`.
 */

import type {Draft} from '../finding.js'
import {countPythonWords} from '../python-semantics.js'
import type {QuestionVerdict} from '../verdicts.js'
import {ANSWER_MARKER} from '../official-checker.js'
import {plural} from './wording.js'
import {rules} from '../rules.js'

export function cutShortFindings(text: string, verdict: QuestionVerdict): Draft[] {
  const {counted, section, number} = verdict
  if (!counted || !section || section.number !== number) return []
  const drafts: Draft[] = []
  const first = section.markers[0]
  const used = section.markers.findLast((marker) => marker < counted.start)
  if (first !== undefined && used !== undefined && used > first) {
    const dropped = countPythonWords(text, first + ANSWER_MARKER.length, used)
    if (dropped > 0) {
      drafts.push({
        ruleId: 'answer-cut-short',
        severity: rules['answer-cut-short'].severity,
        official: false,
        question: number,
        start: used,
        end: used + ANSWER_MARKER.length,
        message: `The course checker starts question ${number}'s answer at this \`Answer:\` and ignores the ${plural(dropped, 'word')} before it`,
        note: 'Reword this `Answer:` (for example "Answer -"): the checker treats every `Answer:` as the start of an answer.',
        actual: dropped,
        expected: '0 words ignored'
      })
    }
  }
  let cutAt = counted.end
  while (cutAt < section.answer.end && text.charCodeAt(cutAt) === 10) cutAt++
  if (cutAt < section.answer.end && text.startsWith('##', cutAt)) {
    const unseen = countPythonWords(text, cutAt, section.answer.end)
    let hashes = cutAt
    while (text.charCodeAt(hashes) === 35) hashes++
    const token = text.slice(cutAt, hashes)
    drafts.push({
      ruleId: 'answer-cut-short',
      severity: rules['answer-cut-short'].severity,
      official: false,
      question: number,
      start: cutAt,
      end: hashes,
      message: `The course checker stops reading question ${number} at this \`${token}\`: it does not count the ${plural(unseen, 'word')} after it (it counts ${verdict.words})`,
      note: 'Avoid `##` and `###` inside answers (headings, code comments, `C##`): use **bold** text for sub-headings.',
      actual: unseen,
      expected: '0 words unseen'
    })
  }
  return drafts
}
