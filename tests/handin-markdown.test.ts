/**
 * The hand-in renderer against the real Python-Markdown of each version it
 * follows (3.7 and 3.10.3 from their sources in ../shared/oracles, Debian's
 * python3-markdown for 3.4-debian), run as report.py runs it: every answer of
 * every corpus report and of the seed, each report whole as `report.py html`
 * feeds it, generated texts that mix every construct, and nesting at Python's
 * limits. Equal means the same string.
 */

import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {checkReport, handinSource} from '@mlops-report/core'
import {PythonMarkdownFailure, type PythonMarkdownVersion, pythonMarkdownVersions, renderPythonMarkdown} from '@mlops-report/handin-markdown'
import {describe, expect, it} from 'vitest'
import {oraclePresent, renderWithPythonMarkdown} from './support/python-markdown.js'
import {graderRendererPresent, renderLikeGithub} from './support/render-compare.js'
import {corpus, sharedDir, sharedPresent} from './support/shared.js'

const rendererPresent = graderRendererPresent()
if (!rendererPresent && process.env.CI) throw new Error('python3-markdown is missing: .ci/run installs it with apt-get')

function renderHere(text: string, version: PythonMarkdownVersion = '3.4-debian'): string | null {
  try {
    return renderPythonMarkdown(text, {version})
  } catch (error) {
    if (error instanceof PythonMarkdownFailure) return null
    throw error
  }
}

/** The names of the texts whose renderings differ, with the first place they do. */
function differences(named: Array<{name: string; text: string}>, version: PythonMarkdownVersion, {cpuSeconds = 5} = {}): string[] {
  const expected = renderWithPythonMarkdown(
    named.map((entry) => entry.text),
    version,
    {cpuSeconds}
  )
  return named.flatMap(({name, text}, index) => {
    const want = expected[index]
    const got = renderHere(text, version)
    if (got === want) return []
    let at = 0
    while (got !== null && want !== null && got[at] === want![at]) at++
    return [`${name}: differs at ${at}: python ${JSON.stringify(want?.slice(at, at + 60))}, ours ${JSON.stringify(got?.slice(at, at + 60))}`]
  })
}

/** The 652 examples of the CommonMark spec (0.31.2): inputs every markdown renderer is tried on. */
function commonmarkExamples(): Array<{name: string; text: string}> {
  const {tests} = createRequire(import.meta.url)('commonmark-spec') as {tests: Array<{markdown: string; number: number; section: string}>}
  return tests.map((example) => ({name: `CommonMark example ${example.number} (${example.section})`, text: example.markdown}))
}

function reportTexts(): Array<{name: string; text: string}> {
  return [...corpus(), {name: 'seed', readme: join(sharedDir, 'seed', 'README.md')}].map((entry) => ({
    name: entry.name,
    text: readFileSync(entry.readme, 'utf8')
  }))
}

/** A seeded generator, so that a failure can be reproduced. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const PIECES = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '`',
  '``',
  '\\',
  '\\*',
  '[',
  ']',
  '(',
  ')',
  '![',
  '[a]',
  '[a]: http://example.org "t"\n',
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<span>',
  '</span>',
  '<!--',
  '-->',
  '<br/>',
  '<hr>',
  '<?x',
  '?>',
  '<!DOCTYPE html>',
  '<![CDATA[x]]>',
  '&amp;',
  '&',
  '&#38;',
  '&#x41;',
  '&name',
  ';',
  '<http://example.org/a>',
  '<me@example.org>',
  '<script>',
  '</script>',
  '\n',
  '\n\n',
  '    ',
  '  \n',
  '\t',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '# ',
  '## ',
  '===',
  '---',
  'word',
  'two words',
  ' ',
  '"',
  "'",
  '<img src="a.png" alt=\'b\'>',
  '<a href="u">',
  '</a>',
  '```',
  '```python\n',
  '~~',
  '|',
  'é',
  '😀',
  '\u00a0',
  '<',
  '>',
  '=',
  '/',
  '<b',
  'class="c"'
]

/**
 * What the releases read differently: raw HTML and comments, emphasis markers
 * beside spaces, setext underlines, headings in loose lists, escapes in tags.
 */
const VERSION_PIECES = [
  '<!-- a -->',
  '<!-- a --!>',
  '<!--',
  '-->',
  '--!>',
  '<?php x ?>',
  '<?',
  '?>',
  '<![CDATA[c]]>',
  '<![if x]>',
  '<![endif]>',
  '</>',
  '</ x>',
  '</1>',
  '</',
  '<b',
  '<b class="\\*x">',
  '\\*',
  '</b>',
  '<html>',
  '</html>',
  '<center>',
  '</center>',
  '<div>',
  '</div>',
  '** a**',
  '__ a__',
  ' * ',
  ' ** ',
  ' *** ',
  ' _ ',
  '*',
  '**',
  '_',
  '\n=-=\n',
  '\n-=\n',
  '\n===\n',
  '\n---\n',
  '- a\n\n- # h\n    c',
  '<span title="[`x`](b)">',
  '<b title="[*x*](u)">',
  '    ',
  '\n',
  '\n\n',
  '- ',
  '> ',
  '# ',
  'word',
  ' ',
  '&#',
  '&amp;',
  '😀'
]

/** Comments closed every way; Debian's release never finishes on most texts made of them (tested on its own below). */
const COMMENT_PIECES = [
  '<!-- a -->',
  '<!-- a -- >',
  '<!--',
  '-->',
  '-- >',
  '--\n>',
  '--!>',
  '\n\n',
  '\n',
  'word',
  ' ',
  '<div>',
  '</div>',
  '<b>',
  '`',
  '# ',
  '> '
]

/** Texts made of `pieces` by a seeded generator: a failure names its text and can be made again. */
function generatedTexts(seed: number, count: number, pieces: readonly string[] = PIECES): Array<{name: string; text: string}> {
  const random = generator(seed)
  const texts: Array<{name: string; text: string}> = []
  while (texts.length < count) {
    let text = ''
    const length = 1 + Math.floor(random() * 40)
    for (let piece = 0; piece < length; piece++) text += pieces[Math.floor(random() * pieces.length)]
    texts.push({name: `generated ${JSON.stringify(text)}`, text})
  }
  return texts
}

for (const version of pythonMarkdownVersions) {
  // 3.7 and 3.10 run from ../shared/oracles; Debian's is the apt package. Under CI a missing one fails (support/python-markdown.ts).
  const present = version === '3.4-debian' ? rendererPresent : sharedPresent && oraclePresent(version)

  describe.skipIf(!present)(`the hand-in renderer against the real Python-Markdown ${version}`, () => {
    it.skipIf(!sharedPresent)('renders every corpus and seed answer as it does', () => {
      const answers = reportTexts().flatMap(({name, text}) => {
        const universal = text.replace(/\r\n?/g, '\n')
        return checkReport(universal).questions.flatMap((question) => {
          if (!question.answer) return []
          // From the `> Answer:` line on, so that the quote's blockquote is part of it.
          const lineStart = universal.lastIndexOf('\n', universal.lastIndexOf('Answer:', question.answer.start.offset)) + 1
          return [
            {name: `${name} question ${question.number}`, text: universal.slice(lineStart, question.answer.end.offset)},
            {name: `${name} question ${question.number} (answer only)`, text: question.answer.text}
          ]
        })
      })
      expect(answers.length).toBeGreaterThan(3500)
      expect(differences(answers, version)).toEqual([])
    })

    it.skipIf(!sharedPresent)('renders every report whole as report.py html does', () => {
      const reports = reportTexts().map(({name, text}) => ({name, text: handinSource(text)}))
      expect(reports.length).toBe(68)
      expect(differences(reports, version)).toEqual([])
    })

    it('renders generated texts that mix every construct as it does', () => {
      expect(differences(generatedTexts(2476, 1500), version)).toEqual([])
    })

    it('renders generated texts made of what the releases read differently as it does', () => {
      // Debian's never finishes on most comments closed other than by `-->`: each would cost the 5-second limit.
      const pieces = version === '3.4-debian' ? VERSION_PIECES.filter((piece) => !piece.includes('--')) : VERSION_PIECES
      expect(differences(generatedTexts(3710, 1500, pieces), version)).toEqual([])
    })

    it.skipIf(version === '3.4-debian')('renders generated texts with comments closed every way as it does', () => {
      expect(differences(generatedTexts(1000, 400, COMMENT_PIECES), version)).toEqual([])
    })

    it('renders every CommonMark spec example as it does', () => {
      const examples = commonmarkExamples()
      expect(examples.length).toBe(652)
      expect(differences(examples, version)).toEqual([])
    })

    it("nests as deep as it does before Python's recursion limit, and fails where it fails", () => {
      const texts: Array<{name: string; text: string}> = []
      for (const depth of [297, 298, 299, 320]) texts.push({name: `quote ${depth} deep`, text: `${'>'.repeat(depth)} x`})
      for (const depth of [495, 496, 520]) texts.push({name: `list ${depth} deep`, text: `${'- '.repeat(depth)}x`})
      texts.push({name: 'quotes deepening line by line', text: Array.from({length: 300}, (_, line) => `${'>'.repeat(line + 1)} x`).join('\n')})
      texts.push({name: 'lists indented line by line', text: Array.from({length: 170}, (_, line) => `${' '.repeat(4 * line)}- x`).join('\n')})
      // These all finish or stop on the recursion limit; the list 495 deep takes 3 s of CPU, so the
      // budget is far above it (no text here can reach it: none of them loops).
      expect(differences(texts, version, {cpuSeconds: 60})).toEqual([])
    })
  })
}

describe.skipIf(!rendererPresent)("Debian's python3-markdown never finishing", () => {
  it('flags, in the core, exactly the texts on which Python-Markdown never finishes', () => {
    const random = generator(43)
    // Without <script> and <style>: after a bad comment Python-Markdown reads on in a muddled state, in
    // which such a tag can end the loop; the core does not follow that far (see handin-hang-findings.ts).
    const pieces = ['<!--', '-->', '-- >', '--\n>', '--', '>', ' ', '\n\n', 'word', '<div>', '</div>', '`', '<b>', '</b>', '<hr>']
    const header = '# A report whose first 43 characters go unread\n\n'
    let hangs = 0
    for (let index = 0; index < 400; index++) {
      let text = header
      const count = 1 + Math.floor(random() * 12)
      for (let piece = 0; piece < count; piece++) text += pieces[Math.floor(random() * pieces.length)]
      const flagged = checkReport(text, {pythonMarkdown: '3.4-debian'}).findings.some((finding) => finding.ruleId === 'handin-hangs')
      const neverFinishes = renderHere(handinSource(text), '3.4-debian') === null
      if (neverFinishes) hangs++
      expect(flagged, JSON.stringify(text)).toBe(neverFinishes)
    }
    expect(hangs).toBeGreaterThan(20)
    // And python3-markdown itself on one of each.
    const [hanging, finishing] = renderWithPythonMarkdown([handinSource(`${header}a <!-- b -- > c`), handinSource(`${header}a <!-- b --> c`)])
    expect(hanging).toBeNull()
    expect(finishing).toBe('<p>ead</p>\n<p>a <!-- b --> c</p>')
  })

  it('flags no hang under the releases that finish, which render the same texts', () => {
    const text = '# A report whose first 43 characters go unread\n\na <!-- b -- > c'
    for (const version of ['3.7', '3.10'] as const) {
      expect(checkReport(text, {pythonMarkdown: version}).findings.some((finding) => finding.ruleId === 'handin-hangs')).toBe(false)
      expect(renderHere(handinSource(text), version)).not.toBeNull()
    }
  })
})

/** What a browser shows of a page: its text, without tags and comments (one never closed runs to the end), spaces folded. */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:--!?>|$(?![\s\S]))/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_entity, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_entity, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim()
}

describe.skipIf(!sharedPresent)('comments closed with "-- >" under 3.7 and 3.10', () => {
  it('are flagged by the core exactly where the hand-in shows other text than GitHub', () => {
    const random = generator(1043)
    // No plain `-->` after the bad close: remark follows CommonMark 0.31, where an inline comment may hold `--` and so
    // runs on to a later `-->`; GitHub's cmark-gfm follows 0.29, where it may not, and shows the text as the core says.
    const pieces = ['<!-- b -- >', 'word', ' ', '\n', '\n\n']
    for (const version of ['3.7', '3.10'] as const) {
      if (!oraclePresent(version)) continue
      const answers: string[] = []
      while (answers.length < 150) {
        let answer = 'Start'
        for (let piece = 0; piece < 1 + Math.floor(random() * 10); piece++) answer += pieces[Math.floor(random() * pieces.length)]
        if (answer.includes('-- >')) answers.push(answer)
      }
      const rendered = renderWithPythonMarkdown(answers, version)
      let flaggedCount = 0
      answers.forEach((answer, index) => {
        // The last answer, so that what follows it in the report is what follows it alone.
        const report = readFileSync(join(sharedDir, 'template', 'README.md'), 'utf8').replace('--- question 31 fill here ---', answer)
        const flagged = checkReport(report, {pythonMarkdown: version}).findings.some(
          (finding) => finding.ruleId === 'handin-rendering' && finding.question === 31 && finding.expected === '-->'
        )
        if (flagged) flaggedCount++
        const differs = visibleText(rendered[index]!) !== visibleText(renderLikeGithub(answer))
        expect(flagged, `${version}: ${JSON.stringify(answer)}`).toBe(differs)
      })
      expect(flaggedCount).toBeGreaterThan(version === '3.7' ? 100 : 10)
    }
    // Inside a paragraph 3.10 shows a comment that never ends as text, as GitHub does: no finding, the same text.
    const paragraph = 'Start <!-- b -- > word'
    expect(visibleText(renderWithPythonMarkdown([paragraph], '3.10')[0]!)).toBe(visibleText(renderLikeGithub(paragraph)))
  })
})
