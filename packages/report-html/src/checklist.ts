import type {CheckResult} from '@mlops-report/core'

export interface ChecklistGroup {
  /** The checklist's heading, e.g. `Week 1`. */
  group: string
  done: number
  total: number
}

/** The checklist's progress per heading, in the report's order. */
export function checklistProgress(result: Pick<CheckResult, 'checklist'>): ChecklistGroup[] {
  const groups = new Map<string, ChecklistGroup>()
  for (const item of result.checklist) {
    let group = groups.get(item.group)
    if (!group) {
      group = {group: item.group, done: 0, total: 0}
      groups.set(item.group, group)
    }
    group.total++
    if (item.checked) group.done++
  }
  return [...groups.values()]
}
