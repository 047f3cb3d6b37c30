import {BaseSequencer, type TestSpecification} from 'vitest/node'

/**
 * The test files that take minutes start first, one per worker, whatever
 * vitest knows of earlier runs: a fresh clone (CI) has no timings, and vitest
 * would then start larger files first, leaving the release rehearsal (over
 * five minutes on its own) to begin late and hold the whole run up.
 */
const longest = ['tests/release-rehearsal.test.ts', 'tests/site.test.ts', 'tests/vscode-extension.test.ts']

function rank(file: TestSpecification): number {
  const at = longest.findIndex((path) => file.moduleId.endsWith(path))
  return at === -1 ? longest.length : at
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return sorted
      .map((file, at) => ({file, at}))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at)
      .map(({file}) => file)
  }
}
