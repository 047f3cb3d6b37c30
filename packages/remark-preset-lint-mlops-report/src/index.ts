/**
 * The mlops-report rules with the severities users expect: what the course
 * checker fails is an error (remark exits non-zero), the rest warns.
 */

import {rules} from '@mlops-report/core'
import type {PluggableList, Preset} from 'unified'
import remarkLint from 'remark-lint'
import {
  remarkLintAnswerAlignment,
  remarkLintAnswerCutShort,
  remarkLintHandinHangs,
  remarkLintHandinRendering,
  remarkLintImageFile,
  remarkLintImageNotCounted,
  remarkLintImageUncommitted,
  remarkLintQuestionImages,
  remarkLintQuestionLength,
  remarkLintTemplateGeneration,
  remarkLintTemplateStructure,
  remarkLintUnansweredQuestion,
  type MlopsReportRule
} from 'remark-lint-mlops-report'

const byRule: Array<[MlopsReportRule, keyof typeof rules]> = [
  [remarkLintQuestionLength, 'question-length'],
  [remarkLintQuestionImages, 'question-images'],
  [remarkLintTemplateStructure, 'template-structure'],
  [remarkLintTemplateGeneration, 'template-generation'],
  [remarkLintAnswerAlignment, 'answer-alignment'],
  [remarkLintUnansweredQuestion, 'unanswered-question'],
  [remarkLintAnswerCutShort, 'answer-cut-short'],
  [remarkLintImageFile, 'image-file'],
  [remarkLintImageUncommitted, 'image-uncommitted'],
  [remarkLintImageNotCounted, 'image-not-counted'],
  [remarkLintHandinRendering, 'handin-rendering'],
  [remarkLintHandinHangs, 'handin-hangs']
]

const remarkPresetLintMlopsReport: Preset = {
  plugins: [remarkLint, ...byRule.map(([rule, id]): PluggableList[number] => [rule, [rules[id].severity === 'error' ? 'error' : 'warn']])]
}

export default remarkPresetLintMlopsReport
