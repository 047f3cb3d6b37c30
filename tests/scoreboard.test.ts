/**
 * The course's scoreboard, as a teacher publishes it: real repositories
 * judged by `mlops-report course` (authors, a merged pull request, a
 * Dockerfile, ticks with and without evidence), the site built from its
 * output by `mlops-report-site 'course/group_*' + '/reports'`, and the scoreboard
 * page and a report's checklist opened in Chromium: the figures as
 * summary.json has them, sortable by keyboard, the heat map and bars said in
 * words, checked with axe in both themes.
 */

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport} from '../packages/core/test/fixture-report.js'
import {seriousViolations} from './support/axe.js'
import {hasChromium, launchChromium} from './support/chromium.js'
import {runCli} from './support/cli.js'
import {git, png, run} from './support/git-repo.js'
import {repoRoot} from './support/shared.js'
import {serveStatic} from './support/static-server.js'
import {tempDir} from './support/temp.js'

const siteBin = join(repoRoot, 'packages', 'mlops-report-site', 'bin', 'mlops-report-site.js')
const DOCKER = 'Construct one or multiple docker files for your code (M10)'
const DVC = 'Setup version control for your data or part of your data (M8)'

interface Row {
  group: string
  total_commits: number
  num_contributors: number
  num_docker_files: number
  contributions_per_contributor: number[]
  checklist_ticked: number
  checklist_unsupported: number
  warnings: number
}

/** A group's repository: its report ticking docker files and DVC, a Dockerfile when `docker`, commits by `authors`. */
function repository(root: string, name: string, {docker, authors}: {docker: boolean; authors: string[]}): string {
  const work = join(root, 'work', name)
  const bare = join(root, 'served', `${name}.git`)
  mkdirSync(join(work, 'reports', 'figures'), {recursive: true})
  git(work, ['init', '--quiet', '--initial-branch', 'main'])
  const report = fixtureReport().replace('* [x] Set up a repository (M5)', `* [x] ${DOCKER}\n* [x] ${DVC}`)
  writeFileSync(join(work, 'reports', 'README.md'), report)
  for (const figure of fixtureFigures()) writeFileSync(join(work, 'reports', figure), png)
  if (docker) writeFileSync(join(work, 'Dockerfile'), 'FROM python:3.12-slim\n')
  writeFileSync(join(work, 'train.py'), 'import torch\n')
  authors.forEach((author, at) => {
    writeFileSync(join(work, `step${at}.py`), `STEP = ${at}\n`)
    git(work, ['add', '-A'])
    git(work, ['commit', '--quiet', '--no-verify', '-m', `Step ${at} of the project`], {
      env: {
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: `${author.toLowerCase()}@example.org`,
        GIT_AUTHOR_DATE: `2026-01-1${at}T1${at}:00:00+00:00`,
        GIT_COMMITTER_DATE: `2026-01-1${at}T1${at}:00:00+00:00`
      }
    })
  })
  git(root, ['init', '--quiet', '--bare', '--initial-branch', 'main', bare])
  git(work, ['push', '--quiet', bare, 'main'])
  return `file://${bare}`
}

describe('the scoreboard of a course judged by mlops-report course', () => {
  const root = tempDir('mlops-report-scoreboard-', {forFile: true})
  const build = join(root, 'site')
  let rows: Row[]

  beforeAll(() => {
    const urls = [
      repository(root, 'one', {docker: true, authors: ['Alice', 'Bob', 'Alice']}),
      repository(root, 'two', {docker: false, authors: ['Carol']}),
      repository(root, 'ten', {docker: true, authors: ['Dan', 'Erin']})
    ]
    const csv = ['group_number,student_1,student_2,repo_url', `1,s1,s2,${urls[0]}`, `2,s3,,${urls[1]}`, `10,s4,s5,${urls[2]}`]
    writeFileSync(join(root, 'group_info.csv'), `${csv.join('\n')}\n`)
    const judged = runCli(['course', 'group_info.csv', '--out', 'course', '--deadline', '2026-01-31T23:59:00+01:00'], {cwd: root})
    expect(judged.status, judged.stderr).toBe(0)
    rows = JSON.parse(readFileSync(join(root, 'course', 'summary.json'), 'utf8')) as Row[]
    const built = run('node', [siteBin, 'course/group_*/reports', '--out', 'site', '--title', 'MLOps 2026'], root)
    expect(built.status, built.stderr).toBe(0)
  }, 180_000)

  it('has a page at <base>/scoreboard/ with both tables, groups in natural order, the figures as summary.json has them', () => {
    const page = readFileSync(join(build, 'scoreboard', 'index.html'), 'utf8').replaceAll('<!-- -->', '')
    expect(page).toContain('Base statistics')
    expect(page).toContain('Content statistics')
    const order = [...page.matchAll(/<a[^>]*href="?\/group-\d+\/?"?[^>]*>(group_\d+)<\/a>/g)].map((match) => match[1])
    expect(order.slice(0, 3)).toEqual(['group_1', 'group_2', 'group_10'])
    expect(rows.map((row) => [row.group, row.total_commits, row.num_contributors, row.num_docker_files, row.checklist_unsupported])).toEqual([
      ['group_1', 3, 2, 1, 1],
      ['group_2', 1, 1, 0, 2],
      ['group_10', 2, 2, 1, 1]
    ])
    expect(page).toContain('aria-label="Commits per contributor: 2, 1"')
    // Report completion as the leaderboard shows it: 31 less the checker's warnings.
    expect(rows[0]!.warnings).toBeGreaterThanOrEqual(0)
    expect(page).toMatch(new RegExp(`>${31 - rows[0]!.warnings}(?:</td>)?<td[^>]*>2/4(?:</td>)?<td[^>]*>1<`))
    expect(page).toMatch(/aria-label="?3 commits over \d+ days from the first; most in one hour: 1/)
    // The index links to it.
    expect(readFileSync(join(build, 'index.html'), 'utf8')).toMatch(/href="?\/scoreboard\/?"?/)
  })

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser
    let server: Awaited<ReturnType<typeof serveStatic>>

    beforeAll(async () => {
      server = await serveStatic(build, '/')
      browser = await launchChromium()
    }, 60_000)

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it.each(['light', 'dark'] as const)('passes axe in the %s theme, and sorts by keyboard', async (theme) => {
      const page = await browser.newPage({colorScheme: theme, viewport: {width: 1280, height: 1200}})
      await page.goto(`${server.url}scoreboard/`, {waitUntil: 'networkidle'})
      expect(await seriousViolations(page)).toEqual([])
      const base = page.locator('table').first()
      const groups = () => base.locator('tbody tr td:first-child').allTextContents()
      expect(await groups()).toEqual(['group_1', 'group_2', 'group_10'])
      const header = base.locator('th', {hasText: 'Total commits'})
      await header.locator('button').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
      expect(await groups()).toEqual(['group_2', 'group_10', 'group_1'])
      await page.keyboard.press('Enter')
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
      expect(await groups()).toEqual(['group_1', 'group_10', 'group_2'])
      mkdirSync(join(repoRoot, 'tests', '.tmp', 'screenshots'), {recursive: true})
      await page.screenshot({path: join(repoRoot, 'tests', '.tmp', 'screenshots', `scoreboard-${theme}.png`), fullPage: true})
      await page.close()
    })

    it("links each group to its report page, whose checklist shows each item's evidence", async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 1200}})
      await page.goto(`${server.url}scoreboard/`, {waitUntil: 'networkidle'})
      await page.locator('table').nth(1).getByRole('link', {name: 'group_2'}).click()
      await page.waitForURL(/\/group-2\/?$/)
      const evidence = page.locator('details', {hasText: 'The checklist against the repository'})
      await evidence.locator('summary').click()
      await expect.poll(() => evidence.locator('tr', {hasText: DOCKER}).textContent()).toContain('no Dockerfile is committed')
      expect(await evidence.locator('summary').textContent()).toContain('2 ticks without evidence')
      expect(await seriousViolations(page)).toEqual([])
      await page.screenshot({path: join(repoRoot, 'tests', '.tmp', 'screenshots', 'scoreboard-group-2.png')})
      await page.goto(`${server.url}group-1/`, {waitUntil: 'networkidle'})
      await page.locator('details summary', {hasText: 'The checklist against the repository'}).click()
      await expect.poll(() => page.locator('tr', {hasText: DOCKER}).textContent()).toMatch(/found: ?Dockerfile/)
      await page.close()
    })
  })
})
