import {createRule} from './create-rule.js'

/** `template-generation`: see docs/template-generation.md. */
const remarkLintTemplateGeneration = createRule('template-generation')

export default remarkLintTemplateGeneration
