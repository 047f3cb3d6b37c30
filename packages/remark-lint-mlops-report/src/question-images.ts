import {createRule} from './create-rule.js'

/** `question-images`: see docs/question-images.md. */
const remarkLintQuestionImages = createRule('question-images')

export default remarkLintQuestionImages
