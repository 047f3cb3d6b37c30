/**
 * The report renderer parses reports in segments, reusing the template's
 * text it has parsed before; on every corpus report and the seed, in one run
 * (so that segments are reused), the tree equals remark's for the whole text.
 */

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseInSegments, SegmentCache} from '../packages/report-html/src/parse-in-segments.js'
import {corpus, sharedDir, sharedPresent} from './support/shared.js'

describe.skipIf(!sharedPresent)('parsing reports in segments', () => {
  it('gives remark’s whole-text tree on every corpus report and the seed', () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
    const cache = new SegmentCache()
    const reports = [...corpus(), {name: 'seed', readme: join(sharedDir, 'seed', 'README.md')}]
    const differing = reports.filter(({readme}) => {
      const text = readFileSync(readme, 'utf8')
      return JSON.stringify(parseInSegments(processor, text, cache)) !== JSON.stringify(processor.parse(text))
    })
    expect(differing.map((report) => report.name)).toEqual([])
    expect(reports.length).toBe(68)
  })
})
