/** A checklist item as presenters receive it, placed in the text the user gave. */

import type {Point} from '../source-text.js'

export interface Located {
  start: Point
  end: Point
}

export interface ChecklistItem extends Located {
  /** The heading it sits under, e.g. `Week 1`; empty when none comes before it. */
  group: string
  text: string
  /** What the box holds, as written: `x`, `✅`, ` `, `-`, … */
  mark: string
  /** Any mark but a space or `-`. */
  checked: boolean
}
