/** Debian's Chromium, driven by playwright-core, headless and quiet (no network of its own). */

import {existsSync} from 'node:fs'
import {type Browser, chromium} from 'playwright-core'

export const chromiumPath = '/usr/lib/chromium/chromium'
export const hasChromium = existsSync(chromiumPath)
if (!hasChromium && process.env.CI) throw new Error(`Chromium is not installed at ${chromiumPath}: the test command installs it with apt-get`)

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}
