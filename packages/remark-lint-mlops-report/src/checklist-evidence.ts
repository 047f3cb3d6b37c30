import {createRule} from './create-rule.js'

/** `checklist-evidence`: see docs/checklist-evidence.md. */
const remarkLintChecklistEvidence = createRule('checklist-evidence')

export default remarkLintChecklistEvidence
