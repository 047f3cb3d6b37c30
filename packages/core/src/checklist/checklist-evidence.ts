/**
 * Holds a report's checklist against the repository: for each item, whether
 * the committed files show it. The rules are checklist-rules.ts; this applies
 * them and words the verdicts.
 */

import type {ChecklistItem} from './checklist-item.js'
import {type CheckableRule, checklistRules, type ChecklistRule, isCheckable} from './checklist-rules.js'
import {RepositoryIndex, type RepositorySnapshot} from './repository-files.js'

export type EvidenceState = 'found' | 'none' | 'not checkable'

export interface ItemEvidence {
  /** The checklist item as the report states it. */
  item: ChecklistItem
  /** The rule that recognised the item; null for an item of no template. */
  rule: string | null
  /** The item's `(Mnn)` tag, or its rule's module when the text has none; null when neither. */
  module: string | null
  evidence: EvidenceState
  /** The files that show it, in tree order, at most MAX_EVIDENCE_FILES. */
  files: string[]
  /** How many more files show it than are listed. */
  moreFiles: number
  /** What was looked for; null when no file can show the item. */
  lookedFor: string | null
  /** For a ticked item with evidence `none`: what the repository lacks ("no Dockerfile is committed"). */
  missing: string | null
}

export const MAX_EVIDENCE_FILES = 10

const MODULE_TAG = /\((M\d+(?:\s*\+\s*M\d+)*)\)/

/** The rule that recognises an item's text, if any. */
export function checklistRuleFor(text: string): ChecklistRule | null {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ')
  return checklistRules.find((rule) => rule.item.test(normalized)) ?? null
}

/** Each item's evidence in the repository, in the checklist's order. */
export function checklistEvidence(items: readonly ChecklistItem[], snapshot: RepositorySnapshot): ItemEvidence[] {
  const repo = new RepositoryIndex(snapshot)
  const found = new Map<CheckableRule, string[]>()
  return items.map((item) => {
    const rule = checklistRuleFor(item.text)
    const module = MODULE_TAG.exec(item.text)?.[1]?.replace(/\s+/g, '') ?? rule?.module ?? null
    if (!rule || !isCheckable(rule))
      return {item, rule: rule?.id ?? null, module, evidence: 'not checkable', files: [], moreFiles: 0, lookedFor: null, missing: null}
    let files = found.get(rule)
    if (!files) {
      files = rule.find(repo)
      found.set(rule, files)
    }
    const evidence: EvidenceState = files.length > 0 ? 'found' : 'none'
    return {
      item,
      rule: rule.id,
      module,
      evidence,
      files: files.slice(0, MAX_EVIDENCE_FILES),
      moreFiles: Math.max(0, files.length - MAX_EVIDENCE_FILES),
      lookedFor: rule.lookedFor,
      missing: evidence === 'none' && item.checked ? rule.missing : null
    }
  })
}

/** The figures a summary gives: items, ticks, and ticks the repository does not show. */
export function checklistFigures(evidence: readonly ItemEvidence[]): {items: number; ticked: number; unsupported: number} {
  let ticked = 0
  let unsupported = 0
  for (const entry of evidence) {
    if (!entry.item.checked) continue
    ticked++
    if (entry.evidence === 'none') unsupported++
  }
  return {items: evidence.length, ticked, unsupported}
}
