import {createRule} from './create-rule.js'

/** `handin-rendering`: see docs/handin-rendering.md. */
const remarkLintHandinRendering = createRule('handin-rendering')

export default remarkLintHandinRendering
