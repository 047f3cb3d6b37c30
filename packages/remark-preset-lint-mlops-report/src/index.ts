/**
 * The mlops-report rules with the severities users expect: what the course
 * checker fails is an error (remark exits non-zero), the rest warns. The
 * default export is the preset as it is; `mlopsReportPreset(options)` gives
 * it with options for every rule (which Python-Markdown, which tables).
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
  type MlopsReportRule,
  type RuleOptions
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

/** The preset with `options` given to every rule, e.g. `{pythonMarkdown: '3.10'}`; each rule validates them. */
export function mlopsReportPreset(options: RuleOptions = {}): Preset {
  const given = Object.keys(options).length > 0
  return {
    plugins: [
      remarkLint,
      ...byRule.map(([rule, id]): PluggableList[number] => {
        const severity = rules[id].severity === 'error' ? 'error' : 'warn'
        return [rule, given ? [severity, options] : [severity]]
      })
    ]
  }
}

const remarkPresetLintMlopsReport: Preset = mlopsReportPreset()

export default remarkPresetLintMlopsReport
export type {RuleOptions} from 'remark-lint-mlops-report'
