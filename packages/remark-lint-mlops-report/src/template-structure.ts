import {createRule} from './create-rule.js'

/** `template-structure`: see docs/template-structure.md. */
const remarkLintTemplateStructure = createRule('template-structure')

export default remarkLintTemplateStructure
