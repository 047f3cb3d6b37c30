/**
 * A student publishes their report from a Python repository that has an
 * mkdocs site, as the docs tell them: `mkdocs build`, then
 * `npx mlops-report-site reports --out site/report --base-url …` — here
 * `npm exec` with our packed tarballs where the registry would give ours.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {words} from '../packages/core/test/fixture-report.js'
import {run, setAnswer, studentRepo} from './support/git-repo.js'
import {packTarballs} from './support/tarballs.js'

const hasMkdocs = spawnSync('mkdocs', ['--version'], {stdio: 'ignore'}).status === 0
if (!hasMkdocs && process.env.CI) throw new Error('mkdocs is not installed: the test command installs it with apt-get')

describe.skipIf(!hasMkdocs)('a student publishes the report under their mkdocs site', () => {
  const repo = studentRepo({forFile: true})
  let published: ReturnType<typeof run>
  let mkdocsIndex = ''
  let exec: (args: string[]) => ReturnType<typeof run>

  beforeAll(() => {
    setAnswer(repo, 4, words(86))
    writeFileSync(join(repo.dir, 'pyproject.toml'), '[project]\nname = "group7"\nversion = "0.1.0"\n')
    writeFileSync(join(repo.dir, 'mkdocs.yml'), 'site_name: Group 7\nnav:\n  - Home: index.md\n  - Report: report/\n')
    mkdirSync(join(repo.dir, 'docs'))
    writeFileSync(join(repo.dir, 'docs', 'index.md'), '# Group 7\n\nOur MLOps project.\n')
    const built = run('mkdocs', ['build', '--quiet'], repo.dir)
    expect(built.status, built.output).toBe(0)
    mkdocsIndex = readFileSync(join(repo.dir, 'site', 'index.html'), 'utf8')
    const tarballs = packTarballs(['core', 'handin-markdown', 'report-files', 'report-html', 'docusaurus-plugin-mlops-report', 'mlops-report-site'])
    const packages = [...tarballs.values()].flatMap((tarball) => ['--package', tarball])
    exec = (args) =>
      run('npm', ['exec', '--yes', ...packages, '--', 'mlops-report-site', ...args], repo.dir, {
        env: {npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false'}
      })
    published = exec(['reports', '--out', 'site/report', '--base-url', '/group7/report/'])
  }, 600_000)

  it('builds the report into a sub-folder of the mkdocs output, at that base URL', () => {
    expect(published.status, published.output).toBe(0)
    const page = readFileSync(join(repo.dir, 'site', 'report', 'index.html'), 'utf8')
    expect(page).toMatch(/<div class="verdict fail" data-question="?4"?><strong>Fails: <\/strong>86 words/)
    expect(page).toMatch(/href="?\/group7\/report\/assets\/css\//)
  })

  it('leaves the mkdocs site as it was', () => {
    expect(readFileSync(join(repo.dir, 'site', 'index.html'), 'utf8')).toBe(mkdocsIndex)
    expect(existsSync(join(repo.dir, 'site', 'sitemap.xml'))).toBe(true)
  })

  it('needs no package.json or node_modules in the repository', () => {
    expect(existsSync(join(repo.dir, 'package.json'))).toBe(false)
    expect(existsSync(join(repo.dir, 'node_modules'))).toBe(false)
  })

  it('says what is wrong, without a stack trace, for a path that is no report', () => {
    const missing = exec(['nothing-here', '--out', 'x'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('mlops-report-site: nothing-here: no such file or folder')
    expect(missing.stderr).not.toMatch(/\n\s+at /)
    mkdirSync(join(repo.dir, 'latin1'))
    writeFileSync(join(repo.dir, 'latin1', 'README.md'), Buffer.from('### Question 1\n\nCaf\xe9\n', 'latin1'))
    const notUtf8 = exec(['latin1', '--out', 'x'])
    expect(notUtf8.status).toBe(2)
    expect(notUtf8.stderr).toContain('mlops-report-site: latin1/README.md:3:4: not valid UTF-8 (byte 0xE9)')
    expect(existsSync(join(repo.dir, 'x'))).toBe(false)
  })

  it('refuses an output folder it did not make, deleting nothing, and replaces its own', () => {
    for (const out of ['.', 'reports']) {
      const refused = exec(['reports', '--out', out])
      expect(refused.status, refused.output).toBe(2)
      expect(refused.stderr).toContain(`mlops-report-site: --out ${out}: that folder holds files no earlier mlops-report-site build made`)
    }
    expect(existsSync(join(repo.dir, 'reports', 'README.md'))).toBe(true)
    expect(existsSync(join(repo.dir, 'mkdocs.yml'))).toBe(true)
    const again = exec(['reports', '--out', 'site/report', '--base-url', '/group7/report/'])
    expect(again.status, again.output).toBe(0)
    expect(existsSync(join(repo.dir, 'site', 'report', 'index.html'))).toBe(true)
  }, 600_000)
})
