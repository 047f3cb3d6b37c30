import type {Point} from './source-text.js'
import type {RuleId, Severity} from './rules.js'

/** A finding as the checks produce it: offsets into the normalized text. */
export interface Draft {
  ruleId: RuleId
  severity: Severity
  /** True when it states an official verdict: the course checker fails or stops on it. */
  official: boolean
  question: number | null
  start: number
  end: number
  message: string
  /** What the student can do about it. */
  note?: string
  actual?: number | string
  expected?: string
  /** Text that can replace the finding's range to mend it, where there is one (editors offer it as a quick fix). */
  fix?: string
}

/** Where the hand-in renders differently from GitHub: a draft's place, wording and mend, before its rule and question are set. */
export type Divergence = Pick<Draft, 'start' | 'end' | 'message' | 'note' | 'fix'>

/** A finding as presenters receive it: positions in the text the user gave. */
export interface Finding extends Omit<Draft, 'start' | 'end'> {
  start: Point
  end: Point
}
