import {defineProject} from 'vitest/config'

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The release rehearsal runs beside the workers from the start; its test file waits for it.
    globalSetup: ['./support/rehearsal-in-background.ts']
  }
})
