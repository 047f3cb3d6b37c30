import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/*', 'tests'],
    reporters: ['default', './scripts/summary-reporter.ts']
  }
})
