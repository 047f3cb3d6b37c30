#!/usr/bin/env node
/**
 * The GitHub release's notes for a version: each package's changelog section
 * for it (as changesets wrote it), under the package's name; a package whose
 * section says only that its dependencies moved is listed by name alone.
 *
 * Usage: node scripts/release-notes.mjs <version>   (markdown on standard output)
 */

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {releasePackages} from './release-packages.mjs'

/** The body of `## <version>` in a changelog, or null. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${version}`)
  if (start === -1) return null
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
}

/**
 * A section without changesets' "Updated dependencies" items (every package
 * moves together, so they say nothing) and the headings they leave empty;
 * empty when nothing else is left.
 */
function ownChanges(section) {
  const kept = []
  let inDependencies = false
  for (const line of section.split('\n')) {
    if (/^- Updated dependencies/.test(line)) inDependencies = true
    else if (/^- |^#/.test(line)) inDependencies = false
    if (!inDependencies) kept.push(line)
  }
  const blocks = kept
    .join('\n')
    .split(/\n(?=### )/)
    .filter((block) => block.replace(/^### .*$/m, '').trim() !== '')
  return blocks.join('\n').trim()
}

export function releaseNotes(version, packages = releasePackages()) {
  const parts = []
  const alongside = []
  for (const {name, dir} of packages) {
    let section = null
    try {
      section = changelogSection(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), version)
    } catch (error) {
      if (error.code !== 'ENOENT') throw error
    }
    const changes = section === null ? '' : ownChanges(section)
    if (changes === '') alongside.push(name)
    else parts.push(`## ${name}\n\n${changes.replace(/^### /gm, '#### ')}`)
  }
  if (alongside.length > 0) parts.push(`Also released at ${version}, with no change of their own: ${alongside.map((name) => `\`${name}\``).join(', ')}.`)
  const install = [
    '```yaml',
    '# .pre-commit-config.yaml',
    '  - repo: https://github.com/mlops-report/mlops-report',
    `    rev: v${version}`,
    '    hooks:',
    '      - id: mlops-report',
    '```'
  ].join('\n')
  return `${parts.join('\n\n')}\n\n${install}\n\n\`npx mlops-report@${version} check\` · \`uses: mlops-report/mlops-report@v${version}\`\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = process.argv[2]
  if (!version) {
    process.stderr.write('usage: node scripts/release-notes.mjs <version>\n')
    process.exit(2)
  }
  const notes = releaseNotes(version)
  process.stdout.write(notes)
}
