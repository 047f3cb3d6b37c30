/**
 * Releases as users meet them: one version across the suite and every place a
 * user reads it, changesets bumping all packages together, the release notes,
 * the packages linted as published (publint, arethetypeswrong) and the
 * release workflow's shape. The rehearsal is release-rehearsal.test.ts.
 */

import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {run} from './support/git-repo.js'
import {repoRoot} from './support/shared.js'
import {tempDir} from './support/temp.js'

interface ReleasePackage {
  name: string
  version: string
  dir: string
}

const scripts = join(repoRoot, 'scripts')
const {releasePackages, suiteVersion} = (await import(join(scripts, 'release-packages.mjs'))) as {
  releasePackages: (from?: string) => ReleasePackage[]
  suiteVersion: (packages?: ReleasePackage[]) => string
}
const {syncVersion} = (await import(join(scripts, 'sync-version.mjs'))) as {
  syncVersion: (options: {check?: boolean; root?: string}) => {version: string; stale: string[]}
}
const {releaseNotes, changelogSection} = (await import(join(scripts, 'release-notes.mjs'))) as {
  releaseNotes: (version: string, packages?: ReleasePackage[]) => string
  changelogSection: (changelog: string, version: string) => string | null
}

const version = suiteVersion()

/** The files a version touches, copied to a new folder: manifests, changelogs, READMEs, docs, changesets, workflows. */
function checkoutCopy(): string {
  const copy = tempDir('mlops-report-version-')
  const copyFile = (path: string) => {
    mkdirSync(join(copy, path, '..'), {recursive: true})
    cpSync(join(repoRoot, path), join(copy, path))
  }
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'README.md', '.pre-commit-hooks.yaml', '.github/workflows/report-pages.yml']) copyFile(file)
  cpSync(join(repoRoot, '.changeset'), join(copy, '.changeset'), {recursive: true})
  cpSync(join(repoRoot, 'site', 'docs'), join(copy, 'site', 'docs'), {recursive: true})
  copyFile('site/package.json')
  for (const folder of ['tests', 'bench', 'tooling']) copyFile(`${folder}/package.json`)
  for (const dir of readdirSync(join(repoRoot, 'packages'))) {
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md']) copyFile(`packages/${dir}/${file}`)
  }
  return copy
}

describe('one version', () => {
  it('is shared by every published package, the hook package and every mention in the READMEs, docs and workflows', () => {
    const packages = releasePackages()
    expect(packages.map((entry) => entry.name).sort()).toEqual(
      [
        '@mlops-report/core',
        '@mlops-report/handin-markdown',
        '@mlops-report/report-files',
        '@mlops-report/report-html',
        'docusaurus-plugin-mlops-report',
        'mlops-report',
        'mlops-report-language-server',
        'mlops-report-site',
        'remark-lint-mlops-report',
        'remark-preset-lint-mlops-report'
      ].sort()
    )
    expect(syncVersion({check: true})).toEqual({version, stale: []})
    expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version).toBe(version)
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(`rev: v${version}`)
  })

  it('moves everywhere with a changeset: changeset version bumps every package together, then every mention follows', () => {
    const copy = checkoutCopy()
    // Only this test's changeset: the ones pending in the repository come and go.
    for (const file of readdirSync(join(copy, '.changeset'))) if (file.endsWith('.md') && file !== 'README.md') rmSync(join(copy, '.changeset', file))
    writeFileSync(join(copy, '.changeset', 'a-fix.md'), '---\n"@mlops-report/core": patch\n---\n\nA fix in the core alone.\n')
    const versioned = run(join(repoRoot, 'node_modules', '.bin', 'changeset'), ['version'], copy)
    expect(versioned.status, versioned.output).toBe(0)
    const packages = releasePackages(copy)
    const next = packages[0]!.version
    expect(next).not.toBe(version)
    expect(new Set(packages.map((entry) => entry.version))).toEqual(new Set([next]))
    // The CLI's range on the core moved with it, and its changelog has the version.
    const cli = JSON.parse(readFileSync(join(copy, 'packages', 'cli', 'package.json'), 'utf8'))
    expect(cli.dependencies['@mlops-report/core']).toBe(`^${next}`)
    expect(changelogSection(readFileSync(join(copy, 'packages', 'core', 'CHANGELOG.md'), 'utf8'), next)).toContain('A fix in the core alone.')
    // Before the mentions follow, they are named as stale; after, none is.
    const stale = syncVersion({check: true, root: copy}).stale
    expect(stale).toEqual(expect.arrayContaining(['README.md', 'package.json', '.pre-commit-hooks.yaml', 'site/docs/hooks.md', 'packages/cli/README.md']))
    syncVersion({root: copy})
    expect(syncVersion({check: true, root: copy}).stale).toEqual([])
    const readme = readFileSync(join(copy, 'README.md'), 'utf8')
    expect(readme).toContain(`rev: v${next}`)
    expect(readme).toContain(`uses: mlops-report/mlops-report@v${next}`)
    expect(readme).not.toContain(`v${version}`)
    expect(readFileSync(join(copy, '.github', 'workflows', 'report-pages.yml'), 'utf8')).toContain(`npx --yes mlops-report-site@${next} `)
    expect(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).version).toBe(next)
    // The editor extension is not on npm, but its .vsix has the suite's version.
    expect(JSON.parse(readFileSync(join(copy, 'packages', 'vscode-extension', 'package.json'), 'utf8')).version).toBe(next)
    // The release notes: the core's entry, the others named as released alongside.
    const notes = releaseNotes(next, packages)
    expect(notes).toContain('## @mlops-report/core')
    expect(notes).toContain('A fix in the core alone.')
    expect(notes).toMatch(/Also released at .*, with no change of their own: .*`mlops-report`.*`docusaurus-plugin-mlops-report`/)
    expect(notes).not.toContain('Updated dependencies')
    expect(notes).toContain(`rev: v${next}`)
  })

  it('cannot be had when the packages disagree, so the publish step stops', () => {
    const copy = checkoutCopy()
    const manifest = join(copy, 'packages', 'core', 'package.json')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, '"version": "9.9.9"'))
    expect(() => suiteVersion(releasePackages(copy))).toThrow(/must share one version, but have .*9\.9\.9/)
  })
})

describe('the workflows', () => {
  const workflow = (name: string) => parse(readFileSync(join(repoRoot, '.github', 'workflows', name), 'utf8'))

  it('release: version pull request, then the rehearsed publish step with provenance, tags and the GitHub release; secrets by name only', () => {
    const release = workflow('release.yml')
    expect(release.permissions).toEqual({contents: 'write', 'pull-requests': 'write', 'id-token': 'write'})
    const steps = release.jobs.release.steps as Array<{uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; if?: string}>
    expect(steps.find((step) => step.uses?.startsWith('changesets/action'))?.with?.version).toBe('pnpm run version-packages')
    const publish = steps.find((step) => step.run?.includes('release-publish.mjs'))!
    expect(publish.run).toBe('node scripts/release-publish.mjs --provenance')
    // A secret by its name, as the runner fills it in.
    expect(publish.env).toEqual({NODE_AUTH_TOKEN: `$\{{ secrets.NPM_TOKEN }}`})
    const tagging = steps.find((step) => step.run?.includes('gh release create'))!
    expect(tagging.run).toContain('git tag --annotate "v$VERSION"')
    expect(tagging.run).toContain('release-notes.mjs')
    expect(steps.some((step) => step.run === 'pnpm run lint:packages')).toBe(true)
    expect(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')).not.toMatch(/npm_[A-Za-z0-9]{20,}|ghp_/)
  })

  it('ci: a pull request that changes a package needs a changeset', () => {
    const ci = workflow('ci.yml')
    const job = ci.jobs.changeset as {if: string; steps: Array<{run?: string}>}
    expect(job.if).toContain("github.event_name == 'pull_request'")
    expect(job.steps.some((step) => step.run?.includes('changeset status --since=origin/'))).toBe(true)
  })
})

describe('the packages as published', () => {
  it('have no problem under publint and arethetypeswrong', () => {
    const linted = run('node', [join(scripts, 'lint-packages.mjs')], repoRoot)
    expect(linted.status, linted.output).toBe(0)
    expect(linted.stdout).toContain(`lint-packages: ${releasePackages().length} packages, no problem from publint or arethetypeswrong`)
  }, 300_000)

  it('would fail on a package whose types are missing from its tarball', () => {
    const broken = tempDir('mlops-report-broken-package-')
    writeFileSync(
      join(broken, 'package.json'),
      JSON.stringify({
        name: 'broken-package',
        version: '1.0.0',
        type: 'module',
        exports: {'.': {types: './index.d.ts', default: './index.js'}},
        files: ['index.js']
      })
    )
    writeFileSync(join(broken, 'index.js'), 'export const answer = 42\n')
    writeFileSync(join(broken, 'index.d.ts'), 'export declare const answer: number\n')
    const linted = run('node', [join(scripts, 'lint-packages.mjs'), broken], repoRoot)
    expect(linted.status).toBe(1)
    expect(linted.stderr).toMatch(/broken-package-1\.0\.0\.tgz: (publint|arethetypeswrong)/)
  }, 120_000)
})
