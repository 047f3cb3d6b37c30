import {createRule} from './create-rule.js'

/** `handin-hangs`: see docs/handin-hangs.md. */
const remarkLintHandinHangs = createRule('handin-hangs')

export default remarkLintHandinHangs
