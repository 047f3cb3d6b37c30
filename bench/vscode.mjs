#!/usr/bin/env node
/**
 * The extension as a student feels it, in a real VS Code (code-server in
 * Debian's Chromium, as the end-to-end test runs it), on the seed report
 * (../shared/seed, half finished: 18 of 31 pass):
 *
 * - open to first diagnostics: from opening reports/README.md, once VS Code
 *   has started up for the folder (a moment after, as a student clicks it),
 *   to its score in the status bar; a fresh profile each time. Target ≤ 1.5 s.
 *   Also printed: the file opened the instant the Explorer shows.
 * - a keystroke to updated diagnostics: the space that makes a bare URL of
 *   `Xhttps://…` in an answer (a hand-in warning), until the Problems count
 *   moves. Target ≤ 300 ms.
 * - the preview after typing stops: a new word typed until the hand-in
 *   preview shows it (its 150 ms pause included). Target ≤ 500 ms.
 * - the .vsix's size. Target ≤ 3 MB.
 *
 * Each is measured BENCH_RUNS times (default 5; the open once per fresh
 * workbench, 3 times) and the median compared. Prints value / target.
 */

import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {spawnSync} from 'node:child_process'
import {chromium} from 'playwright-core'
import {goToLine, openWorkbench, problemCounts, quickInputFocused, runCommand, startCodeServer, webviewFrame} from '../scripts/code-server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const seed = join(root, '..', 'shared', 'seed', 'README.md')
const runs = Number(process.env.BENCH_RUNS ?? 5)

if (!existsSync(seed)) {
  console.error(`bench: ${seed} is missing`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'mlops-report-bench-vscode-'))
/** Until the extension host's log says the extension was activated. */
async function waitForActivation(home) {
  const deadline = Date.now() + 60_000
  for (;;) {
    const found = spawnSync('grep', ['-rqs', '_doActivateExtension mlops-report.mlops-report-vscode', join(home, 'user-data', 'logs')])
    if (found.status === 0) return
    if (Date.now() > deadline) throw new Error('the extension was not activated within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const line = (name, value, target, unit) =>
  console.log(`${name.padEnd(44)} ${value.toFixed(unit === 'MB' ? 2 : 0).padStart(7)} ${unit}  target ${target} ${unit}  ratio ${(value / target).toFixed(2)}`)

try {
  const vsix = join(work, 'mlops-report-vscode.vsix')
  const packaged = spawnSync(process.execPath, [join(root, 'packages', 'vscode-extension', 'scripts', 'package-vsix.mjs'), '--out', vsix], {encoding: 'utf8'})
  if (packaged.status !== 0) throw new Error(`packaging failed (build first):\n${packaged.stderr}`)

  const folder = join(work, 'group')
  mkdirSync(join(folder, 'reports'), {recursive: true})
  writeFileSync(join(folder, 'pyproject.toml'), '[project]\nname = "group"\n')
  copyFileSync(seed, join(folder, 'reports', 'README.md'))
  const text = readFileSync(seed, 'utf8').split('\n')
  // The first paragraph line of an answer (not a prompt, heading, list, table or code): where the typing happens.
  const firstAnswer = text.findIndex((candidate) => /^>\s*Answer:/i.test(candidate))
  const answerLine = text.findIndex((candidate, index) => index > firstAnswer && candidate.length > 40 && !/^\s*([>#|!`*-]|\d+\.)/.test(candidate)) + 1

  const browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  const opens = []
  const shown = []
  let openAtOnce = 0
  const keystrokes = []
  const previews = []
  try {
    for (let round = 0; round < 4; round++) {
      const server = await startCodeServer({vsix, folder, home: join(work, `home-${round}`)})
      try {
        const page = await browser.newPage({viewport: {width: 1600, height: 1000}})
        await openWorkbench(page, server.url, folder)
        // Measured once VS Code has started up for the folder (its log says it activated the extension,
        // for the folder's reports/README.md) and a moment more, as a student clicks the file. In round 0
        // the file is opened as soon as the Explorer shows instead, and reported on its own line.
        if (round > 0) {
          await waitForActivation(join(work, `home-${round}`))
          await page.waitForTimeout(500)
        }
        await page.keyboard.press('Control+P')
        await quickInputFocused(page)
        await page.keyboard.type('reports/README.md')
        await page.waitForSelector('.quick-input-list .monaco-list-row')
        const opened = performance.now()
        await page.keyboard.press('Enter')
        await page.waitForSelector('.monaco-editor .view-lines .view-line', {timeout: 60_000})
        shown.push(performance.now() - opened)
        await page.waitForSelector('.statusbar-item:has-text("Report ")', {timeout: 60_000})
        if (round === 0) openAtOnce = performance.now() - opened
        else opens.push(performance.now() - opened)
        if (round > 0) {
          await page.close()
          continue
        }
        await page.waitForSelector('.monaco-editor.focused')
        for (let run = 0; run < runs; run++) {
          // A URL glued to a word is plain text everywhere; one space makes it a bare URL, which the hand-in shows
          // as text and GitHub as a link (a warning). That one keystroke is timed.
          await goToLine(page, answerLine, 10_000)
          await page.keyboard.press('End')
          await page.keyboard.type(' Xhttps://example.org/x')
          await page.waitForTimeout(700)
          const before = (await problemCounts(page)).label
          for (let left = 0; left < 'https://example.org/x'.length; left++) await page.keyboard.press('ArrowLeft')
          const typed = performance.now()
          await page.keyboard.press('Space')
          await page.waitForFunction((label) => document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') !== label, before, {polling: 5})
          keystrokes.push(performance.now() - typed)
          await page.keyboard.press('End')
          for (let erase = 0; erase < ' X https://example.org/x'.length; erase++) await page.keyboard.press('Backspace')
          await page.waitForTimeout(700)
        }
        await runCommand(page, 'Show hand-in preview')
        const frame = await webviewFrame(page, '#handin')
        await page.locator('.monaco-editor .view-lines').first().click()
        for (let run = 0; run < runs; run++) {
          await goToLine(page, answerLine, 10_000)
          await page.keyboard.press('End')
          const word = `zq${run}x${Date.now() % 1000}`
          await page.keyboard.type(` ${word}`)
          const stopped = performance.now()
          await frame.waitForFunction((word) => document.getElementById('handin')?.textContent?.includes(word), word, {polling: 5})
          previews.push(performance.now() - stopped)
        }
        await page.close()
      } finally {
        await server.stop()
      }
    }
  } finally {
    await browser.close()
  }
  line('open to first diagnostics (median of 3)', median(opens), 1500, 'ms')
  console.log(`  opened as soon as the Explorer shows, before VS Code has started its extensions: ${openAtOnce.toFixed(0)} ms`)
  console.log(`  VS Code showing the file, in each case: ${median(shown).toFixed(0)} ms`)
  line(`keystroke to updated diagnostics (median of ${runs})`, median(keystrokes), 300, 'ms')
  line(`preview after typing stops (median of ${runs})`, median(previews), 500, 'ms')
  line('.vsix size', statSync(vsix).size / 1024 / 1024, 3, 'MB')
} finally {
  rmSync(work, {recursive: true, force: true})
}
