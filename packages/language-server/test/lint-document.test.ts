/**
 * The two ways the server checks a document give the same diagnostics: the
 * core's findings presented directly (no remark configuration in the
 * workspace) and the preset's rules run by remark through unified-engine.
 */

import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {toDiagnostic} from '../src/diagnostics.js'
import {lintDocument, lintWithRemark} from '../src/lint-document.js'
import {remarkConfigurationApplies} from '../src/remark-configuration.js'
import {defaultSettings} from '../src/settings.js'

const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname
const workspace = mkdtempSync(join(tmpdir(), 'mlops-report-lint-document-'))
mkdirSync(join(workspace, 'reports'))
const path = join(workspace, 'reports', 'README.md')

afterAll(() => rmSync(workspace, {recursive: true, force: true}))

describe.skipIf(!existsSync(corpus))('checking a document', () => {
  it('gives the same diagnostics with and without remark, on every third corpus report', async () => {
    // Every third: remark's path costs about 0.2 s a report; tests/language-server-features.test.ts
    // holds the direct path to the CLI's findings on every report.
    const names = readdirSync(corpus)
      .filter((name) => existsSync(join(corpus, name, 'README.md')))
      .filter((_, index) => index % 3 === 0)
    expect(names.length).toBeGreaterThan(20)
    let compared = 0
    for (const name of names) {
      const text = readFileSync(join(corpus, name, 'README.md'), 'utf8')
      const request = {path, text, cwd: workspace, settings: defaultSettings}
      expect(remarkConfigurationApplies(path, text), name).toBe(false)
      const direct = await lintDocument(request)
      const viaRemark = await lintWithRemark(request)
      const shown = (messages: typeof direct.messages) =>
        messages
          .map((message) => toDiagnostic(message, false))
          .sort(
            (a, b) =>
              a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code))
          )
      expect(shown(direct.messages), name).toEqual(shown(viaRemark.messages))
      expect(direct.result?.questions, name).toEqual(viaRemark.result?.questions)
      compared += direct.messages.length
    }
    expect(compared).toBeGreaterThan(60)
  })

  it("goes through remark where the workspace configures it or a comment controls remark-lint's messages", () => {
    const text = '### Question 1\n'
    expect(remarkConfigurationApplies(path, text)).toBe(false)
    expect(remarkConfigurationApplies(path, `${text}<!-- lint disable question-length -->\n`)).toBe(true)
    writeFileSync(join(workspace, 'package.json'), '{"name": "x"}')
    expect(remarkConfigurationApplies(path, text)).toBe(false)
    writeFileSync(join(workspace, 'package.json'), '{"name": "x", "remarkConfig": {}}')
    expect(remarkConfigurationApplies(path, text)).toBe(true)
    rmSync(join(workspace, 'package.json'))
    writeFileSync(join(workspace, '.remarkrc.mjs'), 'export default {}\n')
    expect(remarkConfigurationApplies(path, text)).toBe(true)
    rmSync(join(workspace, '.remarkrc.mjs'))
  })
})
