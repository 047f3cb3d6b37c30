import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'
import {LongestFirstSequencer} from './tests/support/longest-first-sequencer.js'

export default defineConfig({
  test: {
    projects: ['packages/*', 'tests'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. The long tests
    // mostly wait on what they start (npm installing tarballs from the rehearsal's registry,
    // Docusaurus, Chromium, code-server, git), so more run side by side than there are cores: on
    // this project's 2-core machines one worker took 490 s, two 290 s (before the rehearsal and the
    // editor's end-to-end test), and with those, two 489 s and three RESULT.
    maxWorkers: Math.max(3, availableParallelism() + 1),
    sequence: {sequencer: LongestFirstSequencer}
  }
})
