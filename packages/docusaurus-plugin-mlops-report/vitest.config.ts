import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'docusaurus-plugin', include: ['test/**/*.test.ts'], testTimeout: 60_000}
})
