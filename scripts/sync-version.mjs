#!/usr/bin/env node
/**
 * Carries the suite's version (the published packages', see
 * release-packages.mjs) to every place a user reads it: the root hook
 * package (what pre-commit installs at tag v<version>), the READMEs, the docs,
 * the hook's own comment, the reusable Pages workflow and the editor
 * extension (private to npm: it is released as a .vsix). `changeset version`
 * sets the packages' versions, then this (`pnpm run version-packages`).
 * With --check it changes nothing and exits 1 naming each place out of date.
 */

import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {releasePackages, root as checkout, suiteVersion} from './release-packages.mjs'

const VERSION = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`

/** What names a release, each with the version in its second group. */
const mentions = [
  // pre-commit: `rev: v1.2.3` (under our repo:, in every example we write)
  new RegExp(String.raw`(\brev:\s*v)(${VERSION})`, 'g'),
  // the Action and the reusable workflow: `mlops-report/mlops-report@v1.2.3`, `…/report-pages.yml@v1.2.3`
  new RegExp(String.raw`(mlops-report/mlops-report(?:/\.github/workflows/[\w.-]+)?@v)(${VERSION})`, 'g'),
  // a package run by version: `npx mlops-report-site@1.2.3`
  new RegExp(`(npx (?:--yes )?(?:mlops-report|mlops-report-site|mlops-report-language-server)@)(${VERSION})`, 'g')
]

function documents(root) {
  const files = ['README.md', '.pre-commit-hooks.yaml', join('.github', 'workflows', 'report-pages.yml')]
  for (const dir of readdirSync(join(root, 'packages'))) files.push(join('packages', dir, 'README.md'))
  for (const doc of readdirSync(join(root, 'site', 'docs'))) if (doc.endsWith('.md') || doc.endsWith('.mdx')) files.push(join('site', 'docs', doc))
  return files.map((file) => join(root, file))
}

/** Sets every mention in the checkout at `root` to its packages' version; with `check`, only says which differ. */
export function syncVersion({check = false, root = checkout} = {}) {
  const version = suiteVersion(releasePackages(root))
  const stale = []
  const write = (file, before, after) => {
    if (before === after) return
    stale.push(relative(root, file))
    if (!check) writeFileSync(file, after)
  }
  for (const file of documents(root)) {
    let text
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      if (error.code === 'ENOENT') continue
      throw error
    }
    let after = text
    for (const mention of mentions) after = after.replace(mention, (_, before) => `${before}${version}`)
    write(file, text, after)
  }
  for (const manifestFile of [join(root, 'package.json'), join(root, 'packages', 'vscode-extension', 'package.json')]) {
    const manifest = readFileSync(manifestFile, 'utf8')
    write(manifestFile, manifest, manifest.replace(/("version":\s*")[^"]+(")/, `$1${version}$2`))
  }
  return {version, stale}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  try {
    const {version, stale} = syncVersion({check})
    if (check && stale.length > 0) {
      process.stderr.write(`sync-version: these name another version than ${version}: ${stale.join(', ')}; run \`node scripts/sync-version.mjs\`\n`)
      process.exit(1)
    }
    process.stdout.write(
      check
        ? `sync-version: every mention says ${version}\n`
        : `sync-version: ${version}${stale.length > 0 ? ` written to ${stale.join(', ')}` : ', nothing to change'}\n`
    )
  } catch (error) {
    process.stderr.write(`sync-version: ${error.message}\n`)
    process.exit(1)
  }
}
