/**
 * A real VS Code for the extension's end-to-end test and benchmark:
 * code-server (VS Code in the browser, under Node 24, installed once into a
 * cache by vscode-tools.mjs) with a profile, extensions folder and settings of
 * its own, so nothing of the machine's is read or written; and the few
 * workbench moves the test and the benchmark make in Debian's Chromium.
 */

import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {codeServer as installCodeServer} from './vscode-tools.mjs'
import {freePort} from './free-port.mjs'

/** A quiet, offline, trusted workbench. */
const settings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'update.mode': 'none',
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden'
}

/**
 * Installs `vsix` into a fresh profile under `home` (a folder of the
 * caller's) and serves `folder`, with `userSettings` added to the profile's
 * settings. Resolves to {url, log(), stop()}.
 */
export async function startCodeServer({vsix, folder, home, userSettings = {}}) {
  const tools = installCodeServer()
  const userData = join(home, 'user-data')
  const extensions = join(home, 'extensions')
  mkdirSync(join(userData, 'User'), {recursive: true})
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({...settings, ...userSettings}, null, 2))
  // Else code-server writes ~/.config/code-server.
  const env = {...process.env, XDG_CONFIG_HOME: join(home, 'xdg', 'config'), XDG_DATA_HOME: join(home, 'xdg', 'data')}
  const common = [tools.entry, '--user-data-dir', userData, '--extensions-dir', extensions]
  const install = spawnSync(tools.node, [...common, '--install-extension', vsix], {env, encoding: 'utf8', timeout: 120_000})
  if (install.status !== 0) throw new Error(`code-server --install-extension failed:\n${install.stdout}${install.stderr}`)

  const port = await freePort()
  let output = ''
  const child = spawn(
    tools.node,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder],
    // Its own process group: the extension host and the rest are its children, stopped with it.
    {env, detached: true, stdio: ['ignore', 'pipe', 'pipe']}
  )
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {}
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {url, log: () => output, stop}
}

/** Opens the workbench on `folder` and waits for its Explorer. */
export async function openWorkbench(page, url, folder) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`)
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', {timeout: 60_000})
}

/** Opens a file of the folder by Quick Open and waits for its editor to have the focus. */
export async function openFile(page, relativePath) {
  await page.keyboard.press('Control+P')
  await quickInputFocused(page)
  await page.keyboard.type(relativePath)
  await page.waitForSelector('.quick-input-list .monaco-list-row')
  await page.keyboard.press('Enter')
  await page.waitForSelector('.monaco-editor.focused', {timeout: 30_000})
}

/** Runs a command from the palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P')
  await quickInputFocused(page)
  await page.keyboard.type(title)
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, {timeout: 30_000})
  await page.keyboard.press('Enter')
}

/** Waits until the focus is in the quick input (Quick Open, the palette, Go to Line): keys typed before would go to the editor. */
export async function quickInputFocused(page) {
  await page.waitForFunction(() => document.activeElement?.closest('.quick-input-widget') != null, undefined, {timeout: 30_000})
}

/**
 * Moves the cursor to a 1-based line and column, as Go to Line does, and
 * waits until the status bar says the cursor is there (with `column`
 * 10000 or more, meaning the line's end, only the line is checked).
 */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('Control+G')
  await quickInputFocused(page)
  await page.keyboard.type(`${line}:${column}`)
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    ([line, column]) => {
      const label = document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''
      const at = /Ln (\d+), Col (\d+)/.exec(label)
      return at !== null && Number(at[1]) === line && (column >= 10_000 || Number(at[2]) === column)
    },
    [line, column],
    {timeout: 30_000, polling: 20}
  )
}

/** The status bar's problem counts, e.g. {errors: 2, warnings: 1}. */
export async function problemCounts(page) {
  const label = (await page.getAttribute('[id="status.problems"]', 'aria-label')) ?? ''
  const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? Number.NaN)
  return {errors: count('Errors'), warnings: count('Warnings'), label}
}

/** Waits until the status bar counts `errors` and `warnings` (its label reads "No Problems" for none). */
export async function waitForProblemCounts(page, errors, warnings, timeout = 30_000) {
  try {
    await page.waitForFunction(
      ([errors, warnings]) => {
        const label = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? ''
        const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0)
        return count('Errors') === errors && count('Warnings') === warnings
      },
      [errors, warnings],
      {timeout, polling: 20}
    )
  } catch (error) {
    const {label} = await problemCounts(page)
    throw new Error(`the status bar did not come to ${errors} errors and ${warnings} warnings within ${timeout} ms: it reads "${label}"`, {cause: error})
  }
}

/** The webview frame whose document has an element matching `selector`, once there is one. */
export async function webviewFrame(page, selector, timeout = 30_000) {
  const deadline = Date.now() + timeout
  for (;;) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$(selector)) return frame
      } catch {}
    }
    if (Date.now() > deadline) throw new Error(`no webview with ${selector} within ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
