import {createRule} from './create-rule.js'

/** `image-uncommitted`: see docs/image-uncommitted.md. */
const remarkLintImageUncommitted = createRule('image-uncommitted')

export default remarkLintImageUncommitted
