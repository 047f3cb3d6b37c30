import {createRule} from './create-rule.js'

/** `answer-alignment`: see docs/answer-alignment.md. */
const remarkLintAnswerAlignment = createRule('answer-alignment')

export default remarkLintAnswerAlignment
