import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'report-html', include: ['test/**/*.test.ts']}
})
