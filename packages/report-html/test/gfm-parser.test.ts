/**
 * The parser that leaves out the GFM syntax a text cannot hold gives the tree
 * remark-gfm gives, positions included: on texts at the edge of each syntax's
 * trigger and on generated texts mixing them.
 */

import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {gfmParser} from '../src/gfm-parser.js'
import {generatedTexts} from './generated-texts.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
const parser = gfmParser()

function expectSameTree(markdown: string): void {
  expect(JSON.parse(JSON.stringify(parser.parse(markdown)))).toEqual(JSON.parse(JSON.stringify(remark.parse(markdown))))
}

const edges: Array<[string, string]> = [
  ['literal autolinks of each kind', 'See www.example.org, HTTPS://example.org/x and me@example.org or mailto:me@example.org.\n'],
  ['near misses of autolinks', 'ww.example.org, wwwexample, http:/x, a@ and @b\n'],
  ['an autolink in a link', '[www.example.org](https://example.org) and <https://example.org>\n'],
  ['strikethrough', '~~gone~~ and ~one~ and ~~~three~~~\n'],
  ['a table', '| a | b |\n|---|:-:|\n| 1 | 2 |\n'],
  ['a table without outer pipes', 'a | b\n-- | --\n1 | 2\n'],
  ['a one-column table', '| a |\n| - |\n| 1 |\n'],
  ['dashes under a line, no pipe', 'a\n-\n\nb\n:-:\n'],
  ['task list items', '- [ ] open\n- [x] done\n* [X] done\n1. [ ] numbered\n'],
  ['a tab in a task box', '- [\t] tab\n- [\n] line\n'],
  ['brackets that are no task', '- [] none\n- [y] other\n- text [ ] inside\n'],
  ['a footnote', 'Text[^1] and [^missing].\n\n[^1]: The note.\n'],
  ['front matter with everything', '---\ntitle: x\n---\n\n- [ ] www.example.org | ~~x~~ [^a]\n\n[^a]: n\n'],
  ['CRLF line ends', '- [ ] open\r\n- [x] www.example.org\r\n\r\n| a |\r\n| - |\r\n'],
  ['front matter after a byte order mark', '\uFEFF---\na: 1\n---\n\n- [ ] x\n'],
  ['a thematic break and a closing line, not at the start', 'x\n\n---\na: 1\n---\n'],
  ['nothing GFM', '# Title\n\nPlain *words* and `code` and [a link](x).\n']
]

describe('gfmParser', () => {
  it.each(edges)('gives remark-gfm’s tree: %s', (_name, markdown) => expectSameTree(markdown))

  it('gives remark-gfm’s tree on generated texts', () => {
    const pieces = [
      '---\n',
      'words ',
      'www.example.org',
      'ww.',
      'http://x.org/a?b',
      'https',
      'me@x.dk',
      '@',
      'mailto:',
      '~',
      '~~',
      '|',
      '| a | b |\n|---|---|\n',
      '-',
      ':-:',
      '[',
      ']',
      '[ ]',
      '[x]',
      '[^1]',
      '[^1]: note\n',
      '^',
      '- ',
      '* ',
      '1. ',
      '> ',
      '```\n',
      '\n',
      '\n\n',
      '\t',
      '    ',
      '<b>',
      '`',
      '*',
      '_',
      '(',
      ')',
      '\\'
    ]
    for (const markdown of generatedTexts(pieces, {seed: 31, texts: 2000, min: 1, max: 25})) expectSameTree(markdown)
  })
})
