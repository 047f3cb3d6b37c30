import {createRule} from './create-rule.js'

/** `unanswered-question`: see docs/unanswered-question.md. */
const remarkLintUnansweredQuestion = createRule('unanswered-question')

export default remarkLintUnansweredQuestion
