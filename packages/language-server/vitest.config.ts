import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'language-server', include: ['test/**/*.test.ts'], testTimeout: 60_000}
})
