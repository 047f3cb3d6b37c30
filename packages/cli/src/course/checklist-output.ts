/**
 * The checklist held against each repository, as the course writes it:
 * `<out>/<group>/checklist.json` beside the group's report (the course site
 * reads it), and `<out>/checklist.csv`, a row per group and item.
 */

import type {ItemEvidence} from '@mlops-report/core'
import {csvField} from './csv-field.js'

/** One item of a group's `checklist.json`. */
export interface ChecklistEntry {
  module: string | null
  item: string
  /** What the box holds, as written. */
  mark: string
  ticked: boolean
  /** The item's line in reports/README.md, 1-based. */
  line: number
  rule: string | null
  evidence: ItemEvidence['evidence']
  files: string[]
  more_files: number
  looked_for: string | null
  /** For a ticked item without evidence: what the repository lacks. */
  missing: string | null
}

export function checklistEntries(evidence: readonly ItemEvidence[]): ChecklistEntry[] {
  return evidence.map((entry) => ({
    module: entry.module,
    item: entry.item.text,
    mark: entry.item.mark,
    ticked: entry.item.checked,
    line: entry.item.start.line,
    rule: entry.rule,
    evidence: entry.evidence,
    files: entry.files,
    more_files: entry.moreFiles,
    looked_for: entry.lookedFor,
    missing: entry.missing
  }))
}

export function checklistJson(evidence: readonly ItemEvidence[]): string {
  return `${JSON.stringify(checklistEntries(evidence), null, 2)}\n`
}

const COLUMNS = ['group', 'module', 'item', 'ticked', 'evidence', 'files'] as const

/** A header row, then a row per group and item, groups in input order; files separated by `; `. */
export function checklistCsv(groups: ReadonlyArray<{group: string; checklist: readonly ItemEvidence[]}>): string {
  const lines = [COLUMNS.join(',')]
  for (const {group, checklist} of groups) {
    for (const entry of checklist) {
      const files = entry.files.join('; ') + (entry.moreFiles > 0 ? `; and ${entry.moreFiles} more` : '')
      lines.push([group, entry.module ?? '', entry.item.text, entry.item.checked ? 'yes' : 'no', entry.evidence, files].map(csvField).join(','))
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
