/**
 * One remark-lint rule per kind of finding of the mlops-report core. Each is
 * also importable on its own, e.g. `remark-lint-mlops-report/question-length`.
 */

import type {CheckResult} from '@mlops-report/core'

declare module 'vfile' {
  interface DataMap {
    /**
     * The core's result that the rules presented, for tools that show more
     * than messages (the language server's counts, outline and hover). With
     * rules given different options, the last one's.
     */
    mlopsReport: CheckResult
  }
}

export {default as remarkLintQuestionLength} from './question-length.js'
export {default as remarkLintQuestionImages} from './question-images.js'
export {default as remarkLintTemplateStructure} from './template-structure.js'
export {default as remarkLintTemplateGeneration} from './template-generation.js'
export {default as remarkLintAnswerAlignment} from './answer-alignment.js'
export {default as remarkLintUnansweredQuestion} from './unanswered-question.js'
export {default as remarkLintAnswerCutShort} from './answer-cut-short.js'
export {default as remarkLintImageFile} from './image-file.js'
export {default as remarkLintImageUncommitted} from './image-uncommitted.js'
export {default as remarkLintImageNotCounted} from './image-not-counted.js'
export {default as remarkLintHandinRendering} from './handin-rendering.js'
export {default as remarkLintHandinHangs} from './handin-hangs.js'
export {default as remarkLintChecklistEvidence} from './checklist-evidence.js'
export type {MlopsReportRule} from './create-rule.js'
export type {RuleOptions} from './options.js'
