import {createRule} from './create-rule.js'

/** `question-length`: see docs/question-length.md. */
const remarkLintQuestionLength = createRule('question-length')

export default remarkLintQuestionLength
