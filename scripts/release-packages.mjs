/**
 * The packages a release publishes to npm, read from the workspace: every
 * package under packages/ that is not private. One version across them all
 * (changesets' `fixed` group); the root hook package and the docs carry it too
 * (sync-version.mjs).
 */

import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** `{name, version, dir}` of each published package of the checkout at `from`, in folder order. */
export function releasePackages(from = root) {
  return readdirSync(join(from, 'packages'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(from, 'packages', entry.name)
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      return {name: manifest.name, version: manifest.version, private: manifest.private === true, dir}
    })
    .filter((entry) => !entry.private)
}

/** The suite's one version; throws where the packages disagree (a release would then be half of two). */
export function suiteVersion(packages = releasePackages()) {
  const versions = new Set(packages.map((entry) => entry.version))
  if (versions.size !== 1) {
    throw new Error(
      `the published packages must share one version, but have ${[...versions].join(', ')}: ${packages.map((entry) => `${entry.name}@${entry.version}`).join(', ')}`
    )
  }
  return [...versions][0]
}
