import {BaseSequencer, type TestSpecification} from 'vitest/node'

/**
 * The test files that take longest start first, longest first, whatever
 * vitest knows of earlier runs: a fresh clone (CI) has no timings, and vitest
 * would then start larger files first, leaving the release rehearsal (over
 * six minutes on its own) to begin late and hold the whole run up, and a
 * minute-long file to start last on one worker while the other idles. The
 * order is their durations in a CI run on this project's 2-core machines.
 */
const longest = [
  'tests/release-rehearsal.test.ts',
  'tests/site.test.ts',
  'tests/parse-in-segments.test.ts',
  'tests/handin-markdown.test.ts',
  'tests/vscode-extension.test.ts',
  'tests/release.test.ts',
  'tests/cli.test.ts',
  'tests/fix.test.ts',
  'tests/hook-pre-commit.test.ts',
  'tests/hook-husky.test.ts',
  'tests/remark-lint.test.ts'
]

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
