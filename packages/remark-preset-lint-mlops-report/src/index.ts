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
  remarkLintChecklistEvidence,
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
  [remarkLintHandinHangs, 'handin-hangs'],
  [remarkLintChecklistEvidence, 'checklist-evidence']
]

/**
 * remark-lint knows two levels, warn and error; a rule the core rates `info`
 * (checklist-evidence) runs as warn and its messages are then made info
 * (`fatal` unset, as `file.info()` makes them): vfile-reporter shows "info",
 * and `remark --frail` does not fail on them. One set to error stays an error.
 */
const infoRules = new Set(byRule.filter(([, id]) => rules[id].severity === 'info').map(([, id]) => id as string))

function remarkMlopsReportInfoLevel() {
  return (_tree: unknown, file: {messages: Array<{fatal?: boolean | null | undefined; ruleId?: string | null | undefined}>}) => {
    for (const message of file.messages) if (message.fatal === false && message.ruleId && infoRules.has(message.ruleId)) message.fatal = undefined
  }
}

/** The preset with `options` given to every rule, e.g. `{pythonMarkdown: '3.10'}`; each rule validates them. */
export function mlopsReportPreset(options: RuleOptions = {}): Preset {
  const given = Object.keys(options).length > 0
  return {
    plugins: [
      remarkLint,
      ...byRule.map(([rule, id]): PluggableList[number] => {
        const severity = rules[id].severity === 'error' ? 'error' : 'warn'
        return [rule, given ? [severity, options] : [severity]]
      }),
      remarkMlopsReportInfoLevel
    ]
  }
}

const remarkPresetLintMlopsReport: Preset = mlopsReportPreset()

export default remarkPresetLintMlopsReport
export type {RuleOptions} from 'remark-lint-mlops-report'
