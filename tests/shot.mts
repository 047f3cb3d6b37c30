import {chromium} from 'playwright-core'
import {serveStatic} from './support/static-server.ts'
const [root, base, path, out, theme] = process.argv.slice(2)
const server = await serveStatic(root, base)
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
})
const page = await browser.newPage({colorScheme: theme as 'dark' | 'light', viewport: {width: 1200, height: 1400}})
const errors: string[] = []
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
await page.goto(server.url + path, {waitUntil: 'networkidle'})
await page.screenshot({path: out})
console.log('errors', errors)
await browser.close()
await server.close()
