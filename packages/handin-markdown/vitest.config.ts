import {defineProject} from 'vitest/config'

export default defineProject({
  test: {name: 'handin-markdown', include: ['test/**/*.test.ts']}
})
