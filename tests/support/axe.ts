/**
 * axe-core (from npm) run in a page opened in Chromium, with the WCAG 2.0 and
 * 2.1 A and AA rules: what a page must pass to meet WCAG 2.1 AA, as far as a
 * machine can tell.
 */

import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeResult {
  violations: Array<{id: string; impact: string | null; help: string; nodes: Array<{target: string[]; failureSummary?: string}>}>
}

/** The serious and critical violations on the page as it is now, one line each (rule, element, why). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource})
  const result = await page.evaluate(
    async () =>
      (await (window as unknown as {axe: {run: (context: Document, options: unknown) => Promise<unknown>}}).axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
        resultTypes: ['violations']
      })) as AxeResult
  )
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ')}`
      )
    )
}
