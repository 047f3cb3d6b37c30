import {createRule} from './create-rule.js'

/** `image-not-counted`: see docs/image-not-counted.md. */
const remarkLintImageNotCounted = createRule('image-not-counted')

export default remarkLintImageNotCounted
