import {createRule} from './create-rule.js'

/** `answer-cut-short`: see docs/answer-cut-short.md. */
const remarkLintAnswerCutShort = createRule('answer-cut-short')

export default remarkLintAnswerCutShort
