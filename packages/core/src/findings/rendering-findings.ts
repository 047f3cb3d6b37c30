import type {Draft} from '../finding.js'
import type {Span} from '../report-structure.js'

export function renderingFindings(_text: string, _span: Span, _question: number): Draft[] {
  return []
}
