import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'report-files', include: ['test/**/*.test.ts']}
})
