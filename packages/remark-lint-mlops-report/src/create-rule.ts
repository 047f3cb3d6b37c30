/**
 * A remark-lint rule that presents the core's findings of one kind: it
 * decides nothing itself.
 */

import {ruleUrl, type RuleId} from '@mlops-report/core'
import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {Plugin} from 'unified'
import {coreResult} from './run-core.js'
import {validateOptions, type RuleOptions} from './options.js'

// biome-ignore lint/suspicious/noConfusingVoidType: unified's own type for a plugin that may be used without options
export type MlopsReportRule = Plugin<[(RuleOptions | null | undefined)?] | void[], Root>

export function createRule(ruleId: RuleId): MlopsReportRule {
  const rule = lintRule<Root, RuleOptions | null | undefined>({origin: `remark-lint:${ruleId}`, url: ruleUrl(ruleId)}, (_tree, file, options) => {
    const result = coreResult(file, validateOptions(file, ruleId, options))
    // A project's other markdown (its README, docs) is not a report: nothing to say.
    if (!result.isReport) return
    for (const finding of result.findings) {
      if (finding.ruleId !== ruleId) continue
      const message = file.message(finding.message, {place: {start: finding.start, end: finding.end}})
      if (finding.note) message.note = finding.note
      // In remark-lint `expected` means replacements, which editors offer as quick fixes:
      // only a real mend goes there, the figures are in the message.
      if (finding.fix !== undefined) {
        message.actual = String(file).slice(finding.start.offset, finding.end.offset)
        message.expected = [finding.fix]
      }
    }
  })
  return rule as unknown as MlopsReportRule
}
