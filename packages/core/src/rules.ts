/**
 * Every kind of finding the core reports, with the id users put in
 * `<!--lint disable …-->` and in configuration. Presenters read names,
 * severities and documentation links from here rather than keeping their own.
 */

/** `info`: for the student to look at; it never fails a check or refuses a commit. */
export type Severity = 'error' | 'warning' | 'info'

export interface RuleInfo {
  id: RuleId
  /** One line: what the rule checks. */
  summary: string
  /** Whether the rule reports the official checker's own verdicts. */
  official: boolean
  severity: Severity
}

export const ruleIds = [
  'question-length',
  'question-images',
  'template-structure',
  'template-generation',
  'answer-alignment',
  'unanswered-question',
  'answer-cut-short',
  'image-file',
  'image-uncommitted',
  'image-not-counted',
  'handin-rendering',
  'handin-hangs',
  'checklist-evidence'
] as const

export type RuleId = (typeof ruleIds)[number]

/*
 * Each rule has one severity: remark-lint applies one per rule. An unanswered
 * question that fails the course checker is therefore reported under
 * question-length or question-images, and unanswered-question only warns
 * about the ones it lets pass.
 */

export const rules: Readonly<Record<RuleId, RuleInfo>> = {
  'question-length': {
    id: 'question-length',
    summary: "An answer's word count is outside the range the course checker enforces.",
    official: true,
    severity: 'error'
  },
  'question-images': {
    id: 'question-images',
    summary: "An answer's image count is outside the range the course checker enforces.",
    official: true,
    severity: 'error'
  },
  'template-structure': {
    id: 'template-structure',
    summary: 'A change to the template makes the course checker stop, named where it was made.',
    official: true,
    severity: 'error'
  },
  'template-generation': {
    id: 'template-generation',
    summary: 'The report matches neither the 31- nor the 27-question template, so the current one is assumed.',
    official: false,
    severity: 'warning'
  },
  'answer-alignment': {
    id: 'answer-alignment',
    summary: "The course checker reads a question's answer from under another question's heading.",
    official: false,
    severity: 'warning'
  },
  'unanswered-question': {
    id: 'unanswered-question',
    summary: 'A question that the course checker lets pass still holds the template placeholder, or nothing.',
    official: false,
    severity: 'warning'
  },
  'answer-cut-short': {
    id: 'answer-cut-short',
    summary: 'The course checker stops reading an answer early (at `###`, `##` or a second `Answer:`).',
    official: false,
    severity: 'warning'
  },
  'image-file': {
    id: 'image-file',
    summary: "An image that will be missing or broken in the graders' hand-in.",
    official: false,
    severity: 'warning'
  },
  'image-uncommitted': {
    id: 'image-uncommitted',
    summary: 'An image that is on disk but not in the repository (not added, or ignored by git), so the graders will not have it.',
    official: false,
    severity: 'error'
  },
  'image-not-counted': {
    id: 'image-not-counted',
    summary: 'An image that renders but that the course checker does not count.',
    official: false,
    severity: 'warning'
  },
  'handin-rendering': {
    id: 'handin-rendering',
    summary: "Markdown that GitHub renders one way and the graders' hand-in (Python-Markdown) another.",
    official: false,
    severity: 'warning'
  },
  'handin-hangs': {
    id: 'handin-hangs',
    summary: "An HTML comment closed with `-- >` on which the course's report.py html never finishes, so no hand-in is made.",
    official: false,
    severity: 'error'
  },
  'checklist-evidence': {
    id: 'checklist-evidence',
    summary: "A ticked checklist item that the repository's files do not show (the teachers check the code against the ticks).",
    official: false,
    severity: 'info'
  }
}

/** Where each rule's documentation lives; the site publishes one page per rule. */
export const docsBaseUrl = 'https://mlops-report.github.io/mlops-report/docs/rules/'

export function ruleUrl(id: RuleId): string {
  return docsBaseUrl + id
}
