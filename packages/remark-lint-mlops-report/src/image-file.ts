import {createRule} from './create-rule.js'

/** `image-file`: see docs/image-file.md. */
const remarkLintImageFile = createRule('image-file')

export default remarkLintImageFile
