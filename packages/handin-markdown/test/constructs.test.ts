/**
 * One case per block and inline construct, with what Python-Markdown gives
 * for it (the same in every supported release), then each difference between
 * the releases. The comparison with the real renderers on every corpus report
 * is in tests/handin-markdown.test.ts.
 */

import {describe, expect, it} from 'vitest'
import {
  PythonMarkdownHangs,
  PythonMarkdownRecursion,
  pythonMarkdownVersions,
  renderPythonMarkdown,
  UnknownPythonMarkdownVersion,
  UnsupportedMarkup
} from '../src/index.js'

const constructs: Array<[name: string, markdown: string, html: string]> = [
  ['paragraphs', 'one\nline\n\ntwo', '<p>one\nline</p>\n<p>two</p>'],
  ['atx heading', '## Title ##\ntext', '<h2>Title</h2>\n<p>text</p>'],
  ['setext heading', 'Title\n=====\n\nSub\n---', '<h1>Title</h1>\n<h2>Sub</h2>'],
  ['list after a paragraph line', 'We used:\n- ruff\n- mypy', '<p>We used:\n- ruff\n- mypy</p>'],
  ['list after a blank line', 'We used:\n\n- ruff\n- mypy', '<p>We used:</p>\n<ul>\n<li>ruff</li>\n<li>mypy</li>\n</ul>'],
  ['ordered list', '3. three\n1. one', '<ol>\n<li>three</li>\n<li>one</li>\n</ol>'],
  ['paren ordered list', '1) one\n2) two', '<p>1) one\n2) two</p>'],
  ['two-space nesting', '- a\n  - b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
  ['four-space nesting', '- a\n    - b', '<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>'],
  ['loose list', '- a\n\n- b', '<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>'],
  ['fenced code', '```bash\npip install x\n```', '<p><code>bash\npip install x</code></p>'],
  ['indented code', '    code & <tag>\n\n    more', '<pre><code>code &amp; &lt;tag&gt;\n\nmore\n</code></pre>'],
  ['blockquote', '> quoted\n> more\n\n> again', '<blockquote>\n<p>quoted\nmore</p>\n<p>again</p>\n</blockquote>'],
  ['horizontal rule', 'a\n\n* * *\n\nb', '<p>a</p>\n<hr />\n<p>b</p>'],
  ['table stays text', '| a | b |\n|---|---|\n| 1 | 2 |', '<p>| a | b |\n|---|---|\n| 1 | 2 |</p>'],
  [
    'emphasis',
    '*em* **strong** ***both*** _u_ __uu__ snake_case_word',
    '<p><em>em</em> <strong>strong</strong> <strong><em>both</em></strong> <em>u</em> <strong>uu</strong> snake_case_word</p>'
  ],
  ['code span', 'use `a < b` and ``x ` y``', '<p>use <code>a &lt; b</code> and <code>x ` y</code></p>'],
  ['escapes', '\\*not em\\* \\# \\q', '<p>*not em* # \\q</p>'],
  ['inline link', '[site](http://example.com "Title") and [x](<a b>)', '<p><a href="http://example.com" title="Title">site</a> and <a href="a b">x</a></p>'],
  ['image', '![alt *text*](figures/a.png)', '<p><img alt="alt *text*" src="figures/a.png" /></p>'],
  [
    'reference link',
    '[text][id] and [id]\n\n[id]: http://example.com  "T"',
    '<p><a href="http://example.com" title="T">text</a> and <a href="http://example.com" title="T">id</a></p>'
  ],
  ['reference image', '![a][fig]\n\n[fig]: figures/a.png', '<p><img alt="a" src="figures/a.png" /></p>'],
  [
    'autolink',
    '<https://example.com> and bare https://example.com',
    '<p><a href="https://example.com">https://example.com</a> and bare https://example.com</p>'
  ],
  [
    'mail autolink',
    '<me@example.com>',
    '<p><a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;&#109;&#101;&#64;&#101;&#120;&#97;&#109;&#112;&#108;&#101;&#46;&#99;&#111;&#109;">&#109;&#101;&#64;&#101;&#120;&#97;&#109;&#112;&#108;&#101;&#46;&#99;&#111;&#109;</a></p>'
  ],
  ['line break', 'one  \ntwo', '<p>one<br />\ntwo</p>'],
  ['inline html', 'a <span class="x">b</span> &amp; &copy; & c', '<p>a <span class="x">b</span> &amp; &copy; &amp; c</p>'],
  ['html block', '<div>\n*not markdown*\n</div>\n\nafter', '<div>\n*not markdown*\n</div>\n\n<p>after</p>'],
  ['html comment', '<!-- hidden -->\ntext', '<!-- hidden -->\n<p>text</p>'],
  ['strikethrough stays text', '~~old~~', '<p>~~old~~</p>'],
  ['task list stays text', '- [x] done', '<ul>\n<li>[x] done</li>\n</ul>'],
  ['tabs', '-\ta\n\tcode', '<ul>\n<li>a\n    code</li>\n</ul>']
]

/** Inputs the releases render differently, with each one's output (Debian's 3.4.1, 3.7, 3.10.3), measured with the real ones. */
const differences: Array<[name: string, markdown: string, debian: string, v3_7: string, v3_10: string]> = [
  ['markers beside a space (3.5)', '** foo bar**', '<p><strong> foo bar</strong></p>', '<p>** foo bar**</p>', '<p>** foo bar**</p>'],
  ['a comment closed with "-- >"', 'x <!-- b -- > c', 'hangs', '<p>x <!-- b --> c</p>', '<p>x &lt;!-- b -- &gt; c</p>'],
  ['a marked section at a line start', 'a\n\n<![x y]>\n\nb', '<p>a</p>\n<p>&lt;![x y]&gt;</p>\n<p>b</p>', 'fails', '<p>a</p>\n<p>&lt;![x y]&gt;</p>\n<p>b</p>'],
  ['end tags without a name (3.10)', '</> and </ x>', '<p>and &lt;/ x&gt;</p>', '<p>and &lt;/ x&gt;</p>', '<p>&lt;/&gt; and &lt;/ x&gt;</p>'],
  ['a mixed setext underline (3.10)', 'T\n=-=\n', '<h1>T</h1>', '<h1>T</h1>', '<p>T\n=-=</p>'],
  [
    'processing instructions and CDATA inline (3.10)',
    'x <?php a ?> y <![CDATA[z]]>',
    '<p>x &lt;?php a ?&gt; y &lt;![CDATA[z]]&gt;</p>',
    '<p>x &lt;?php a ?&gt; y &lt;![CDATA[z]]&gt;</p>',
    '<p>x <?php a ?> y <![CDATA[z]]></p>'
  ],
  [
    'escapes inside raw HTML (3.5)',
    '<b \\*x="a\\*b">t</b>',
    '<p><b \\\u000242\u0003x="a\\\u000242\u0003b">t</b></p>',
    '<p><b \\*x="a\\*b">t</b></p>',
    '<p><b \\*x="a\\*b">t</b></p>'
  ],
  [
    'a heading in a loose list item (3.6)',
    '- a\n\n- # h\n    c',
    '<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<h1>h</h1>\n<pre><code>c\n</code></pre>\n</li>\n</ul>',
    '<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<h1>h</h1>\n<p>c</p>\n</li>\n</ul>',
    '<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<h1>h</h1>\n<p>c</p>\n</li>\n</ul>'
  ],
  [
    'markdown serialized into an attribute (3.10)',
    '<span title="[`x`](b)">t</span>',
    '<p><span title="<a href="b">\u0002klzzwxh:0000\u0003</a>">t</span></p>',
    '<p><span title="<a href="b">\u0002klzzwxh:0000\u0003</a>">t</span></p>',
    '<p><span title="<a href="b"><code>x</code></a>">t</span></p>'
  ]
]

function outcome(markdown: string, version: (typeof pythonMarkdownVersions)[number]): string {
  try {
    return renderPythonMarkdown(markdown, {version})
  } catch (error) {
    if (error instanceof PythonMarkdownHangs) return 'hangs'
    if (error instanceof UnsupportedMarkup) return 'fails'
    throw error
  }
}

describe('renderPythonMarkdown', () => {
  describe.each(pythonMarkdownVersions)('%s', (version) => {
    it.each(constructs)('%s', (_name, markdown, html) => {
      expect(renderPythonMarkdown(markdown, {version})).toBe(html)
    })
  })

  it.each(differences)('%s: each release its own way', (_name, markdown, debian, v3_7, v3_10) => {
    expect([outcome(markdown, '3.4-debian'), outcome(markdown, '3.7'), outcome(markdown, '3.10')]).toEqual([debian, v3_7, v3_10])
  })

  it('follows 3.7 unless told otherwise, and names the versions there are for an unknown one', () => {
    expect(renderPythonMarkdown('** a**')).toBe(renderPythonMarkdown('** a**', {version: '3.7'}))
    expect(() => renderPythonMarkdown('x', {version: '3.8' as '3.7'})).toThrow(UnknownPythonMarkdownVersion)
    expect(() => renderPythonMarkdown('x', {version: '3.8' as '3.7'})).toThrow(/expected '3\.7' \(the default\), '3\.10' or '3\.4-debian'/)
  })

  it('gives nothing for blank text', () => {
    expect(renderPythonMarkdown(' \n\t\n')).toBe('')
  })

  it('counts columns in code points, as Python does, where its HTML parser mixes positions up', () => {
    // An unclosed comment makes the parser cut its buffer; the later tag is then read one place off.
    expect(renderPythonMarkdown('div><!--></p😀>', {version: '3.4-debian'})).toBe('<p>div&gt;&lt;!--&gt;&gt;</p>')
  })

  it('renders a comment closed with "-- >" at the very start as text, as Debian\'s Python-Markdown does', () => {
    expect(renderPythonMarkdown('<!-- a -- >\n\nworld', {version: '3.4-debian'})).toBe('<p>&lt;!-- a -- &gt;</p>\n<p>world</p>')
  })

  it("stops with a clear error where Debian's Python-Markdown would never finish, naming it", () => {
    expect(() => renderPythonMarkdown('hello\n\n<!-- a -- >\n\nworld', {version: '3.4-debian'})).toThrow(PythonMarkdownHangs)
    expect(() => renderPythonMarkdown('hello\n\n<!-- a -- >\n\nworld', {version: '3.4-debian'})).toThrow(/^Debian's Python-Markdown 3\.4\.1 never finishes/)
  })

  it('handles a long text without recursing or going quadratic', () => {
    const answer = 'Some *words* with `code` and a [link](http://example.com).\n\n'
    const html = renderPythonMarkdown(answer.repeat(20_000))
    expect(html.match(/<p>/g)).toHaveLength(20_000)
  })
})

describe('deep nesting, as Python meets its recursion limit', () => {
  it('stops quoting 298 levels deep, as Python-Markdown does when called from a script', () => {
    const html = renderPythonMarkdown(`${'>'.repeat(320)} deep`)
    expect(html.match(/<blockquote>/g)).toHaveLength(298)
    expect(html).toContain('<p>&gt;&gt;')
  })

  it('fails with a clear error where Python-Markdown stops with a RecursionError', () => {
    expect(() => renderPythonMarkdown(`${'- '.repeat(496)}x`)).toThrow(PythonMarkdownRecursion)
    expect(() => renderPythonMarkdown(`${'- '.repeat(495)}x`)).not.toThrow()
  })
})
