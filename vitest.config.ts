import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'
import {LongestFirstSequencer} from './tests/support/longest-first-sequencer.js'

export default defineConfig({
  test: {
    projects: ['packages/*', 'tests'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. The long tests
    // mostly wait on what they start (npm installing tarballs, Docusaurus, Chromium, git), so two
    // run side by side there (the whole run: 490 s -> 290 s on this project's 2-core machines).
    // Three were slower still (535 s against 489 s with the rehearsal and the editor's test).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: {sequencer: LongestFirstSequencer}
  }
})
