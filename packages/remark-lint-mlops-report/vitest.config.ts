import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'remark-lint', include: ['test/**/*.test.ts']}
})
