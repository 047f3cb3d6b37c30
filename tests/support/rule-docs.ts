/**
 * The examples in each rule's documentation, run as remark-lint runs its own:
 * `##### \`name.md\``, then optional `###### Options` (JSON), `###### In`
 * (markdown) and `###### Out` (the messages, or "No messages.").
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {rules, type RuleId} from '@mlops-report/core'
import * as ruleModules from 'remark-lint-mlops-report'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {repoRoot} from './shared.js'

export const docsDir = join(repoRoot, 'packages', 'remark-lint-mlops-report', 'docs')

export interface DocExample {
  rule: RuleId
  name: string
  options: Record<string, unknown> | undefined
  input: string
  output: string
}

/** The body of the fenced block under `###### label`; an example holding a fence is fenced with more backticks. */
function block(section: string, label: string, language: string): string | undefined {
  const match = new RegExp(`###### ${label}\\n\\n(\`{3,})${language}\\n([\\s\\S]*?)\\n\\1\\n`).exec(`${section}\n`)
  return match?.[2]
}

export function docExamples(): DocExample[] {
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((fileName) => {
      const rule = fileName.replace(/\.md$/, '') as RuleId
      const text = readFileSync(join(docsDir, fileName), 'utf8')
      return text
        .split(/^##### /m)
        .slice(1)
        .map((section) => {
          const options = block(section, 'Options', 'json')
          return {
            rule,
            name: /^`([^`]+)`/.exec(section)![1]!,
            options: options ? (JSON.parse(options) as Record<string, unknown>) : undefined,
            input: `${block(section, 'In', 'markdown')!}\n`,
            output: block(section, 'Out', 'text')!
          }
        })
    })
}

function pluginOf(rule: RuleId) {
  const name = `remarkLint${rule.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`
  return (ruleModules as unknown as Record<string, never>)[name]
}

/** The messages one rule gives on an example, in the docs' `line:column-line:column: reason` form. */
export async function runExample(example: Pick<DocExample, 'rule' | 'options' | 'input'>): Promise<string> {
  const severity = rules[example.rule].severity === 'error' ? 'error' : 'warn'
  const processor = unified().use(remarkParse).use(remarkLint).use(pluginOf(example.rule), [severity, example.options])
  const file = new VFile({value: example.input})
  await processor.run(processor.parse(file), file)
  const lines = file.messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
  })
  return lines.length > 0 ? lines.join('\n') : 'No messages.'
}
