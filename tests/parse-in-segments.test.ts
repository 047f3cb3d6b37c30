/**
 * The report renderer parses reports in segments, reusing the template's
 * text it has parsed before, each text without the GFM syntax it cannot hold;
 * on every corpus report and the seed, in one run (so that segments are
 * reused), the tree equals remark's for the whole text.
 */

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {gfmParser} from '../packages/report-html/src/gfm-parser.js'
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

  it('gives remark-gfm’s tree leaving out the GFM syntax a text cannot hold, whole and in segments', () => {
    const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
    const parser = gfmParser()
    const cache = new SegmentCache()
    const reports = [...corpus(), {name: 'seed', readme: join(sharedDir, 'seed', 'README.md')}]
    const differing = reports.filter(({readme}) => {
      const text = readFileSync(readme, 'utf8')
      const expected = JSON.stringify(remark.parse(text))
      return JSON.stringify(parser.parse(text)) !== expected || JSON.stringify(parseInSegments(parser, text, cache)) !== expected
    })
    expect(differing.map((report) => report.name)).toEqual([])
    expect(reports.length).toBe(68)
  })
})
