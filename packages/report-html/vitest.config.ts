import {defineProject} from 'vitest/config'

export default defineProject({
  // The generated-text comparisons parse thousands of texts: ~4-5 s on a 2-core machine, past vitest's default 5 s under load.
  test: {name: 'report-html', include: ['test/**/*.test.ts'], testTimeout: 60_000}
})
