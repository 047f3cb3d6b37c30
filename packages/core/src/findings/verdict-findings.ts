/**
 * The official verdicts stated as findings: one per failed constraint, or one
 * "unanswered" in place of both when the placeholder is still there.
 */

import type {Draft} from '../finding.js'
import {outsideRange, type Range} from '../official-tables.js'
import type {QuestionVerdict} from '../verdicts.js'
import {formatRange, plural} from './wording.js'
import {rules} from '../rules.js'

function distance(actual: number, [min, max]: Range, short: string, over: string): string {
  return actual < min ? `${min - actual} ${short}` : `${actual - max} ${over}`
}

const PLACEHOLDER = /^\s*`*\s*-{2,}\s*question\s+\d+\s+fill\s+here\s*-{2,}\s*`*\s*$/i
const BLANK = /^\s*$/

/** Nothing, or the template's `--- question N fill here ---` (a long answer is neither). */
export function isUnanswered(answerText: string): boolean {
  return answerText.length < 120 && (BLANK.test(answerText) || PLACEHOLDER.test(answerText))
}

export function verdictFindings(verdict: QuestionVerdict, answerText: string | null): Draft[] {
  const {number, constraints, words, images, counted} = verdict
  if (!counted || verdict.pass === null) return []
  const at = {question: number, start: counted.start, end: counted.end}
  const wordRange = constraints.words
  const imageRange = constraints.images
  const wordsFail = outsideRange(words, wordRange)
  const imagesFail = outsideRange(images, imageRange)
  if (answerText !== null && isUnanswered(answerText)) {
    const placeholder = answerText.trim() !== ''
    const how = placeholder ? 'the template placeholder is still there' : 'nothing is written under `Answer:`'
    const counts = verdict.pass
      ? `the checker lets it pass with ${plural(words, 'word')}`
      : `the checker counts ${plural(words, 'word')}${imageRange ? ` and ${plural(images, 'image')}` : ''} and fails it`
    // A failure the course checker reports stays under its own rule, worded for what it is.
    const ruleId = wordsFail ? 'question-length' : imagesFail ? 'question-images' : 'unanswered-question'
    return [
      {
        ruleId,
        severity: rules[ruleId].severity,
        official: !verdict.pass,
        ...at,
        message: `Question ${number} is unanswered: ${how} (${counts})`,
        note: placeholder ? 'Replace the `--- question N fill here ---` line with your answer.' : 'Write your answer below the `Answer:` line.',
        actual: 'unanswered',
        ...(wordRange ? {expected: `${formatRange(wordRange)} words`} : imageRange ? {expected: `${formatRange(imageRange)} images`} : {})
      }
    ]
  }
  const drafts: Draft[] = []
  if (wordRange && wordsFail) {
    drafts.push({
      ruleId: 'question-length',
      severity: rules['question-length'].severity,
      official: true,
      ...at,
      message: `Question ${number}: ${plural(words, 'word')}, expected ${formatRange(wordRange)} (${distance(words, wordRange, 'short', 'over')})`,
      note:
        words < wordRange[0]
          ? "The course checker counts words as Python's `str.split()` does: every run of non-space characters, markdown symbols and URLs included."
          : 'Shorten the answer: the course checker counts every run of non-space characters, markdown symbols and URLs included.',
      actual: words,
      expected: `${formatRange(wordRange)} words`
    })
  }
  if (imageRange && imagesFail) {
    drafts.push({
      ruleId: 'question-images',
      severity: rules['question-images'].severity,
      official: true,
      ...at,
      message: `Question ${number}: ${plural(images, 'image')}, expected ${formatRange(imageRange)} (${distance(images, imageRange, 'missing', 'too many')})`,
      note: 'Only `![alt](figures/name.png)` on one line counts; `<img>` tags and reference-style images do not.',
      actual: images,
      expected: `${formatRange(imageRange)} images`
    })
  }
  return drafts
}
