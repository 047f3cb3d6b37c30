import {checkReport} from '@mlops-report/core'
import {describe, expect, it} from 'vitest'
import {fixtureReport, words} from '../../core/test/fixture-report.js'
import {checklistProgress, renderReportBody, renderReportPage} from '../src/index.js'

const hostile = [
  words(120),
  '',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '<iframe src="https://example.org"></iframe>',
  '<p onclick="alert(4)" style="color:red">styled</p>',
  '<learn.inside.dtu.dk> {braces} and <details><summary>more</summary>text</details>'
].join('\n')

describe('the report as HTML', () => {
  const text = fixtureReport({answers: {4: words(86), 5: hostile}})
  const result = checkReport(text)
  const body = renderReportBody(text, result, {resolveImage: (source) => `/assets/${source}`})

  it('puts each question’s verdict, figures and findings under its heading', () => {
    expect(body.title).toBe('Course report for a fictional group')
    expect(body.html).toMatch(/^<div class="summary fail"><strong>The course checker passes 30 of 31 questions\.<\/strong><\/div>/)
    expect(body.html).toContain(
      '<h3 id="question-4" tabindex="-1">Question 4</h3><div class="verdict fail" data-question="4"><strong>Fails: </strong>86 words (expected 100–200)'
    )
    expect(body.html).toContain('<li class="error">Question 4: 86 words, expected 100–200 (14 short) <small>(question-length, line')
    expect(body.html).toContain('<img src="/assets/figures/q14-0.png" alt="a plot">')
  })

  it('runs nothing from an answer: no script, event handler, javascript: URL, iframe or style survives', () => {
    const answer = body.html.slice(body.html.indexOf('data-question="5"'), body.html.indexOf('<h3 id="question-6"'))
    expect(answer).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=/i)
    expect(answer).toContain('<a>click</a>')
    // Not an autolink without a scheme: an unknown tag, which GitHub drops too.
    expect(answer).toContain(' {braces} and')
    expect(answer).toContain('<details><summary>more</summary>text</details>')
  })

  it('wraps the same body in a standalone page', () => {
    const page = renderReportPage(text, result, {resolveImage: (source) => source})
    expect(page.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true)
    expect(page).toContain('<title>Course report for a fictional group</title>')
    expect(page).toContain(body.html.slice(0, 200).replace('/assets/', ''))
  })

  it('counts the checklist per heading', () => {
    expect(checklistProgress(result)).toEqual([
      {group: 'Week 1', done: 1, total: 2},
      {group: 'Extra', done: 0, total: 1}
    ])
  })

  it('shows both renderings side by side where the hand-in renders an answer differently', () => {
    const divergent = `${words(100)}\n\nWe used:\n- ruff\n- mypy\n\n![plot](figures/plot.png)\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>`
    const text = fixtureReport({answers: {6: divergent}})
    const html = renderReportBody(text, checkReport(text), {resolveImage: (source) => `/assets/${source}`}).html
    const question6 = html.slice(html.indexOf('data-question="6"'), html.indexOf('<h3 id="question-7"'))
    const [github, handin] = question6.split('<section class="rendering handin" tabindex="0">')
    expect(github).toContain(
      '<details class="handin-compare" open><summary>The graders\' page (report.py html, Python-Markdown 3.7) shows this answer differently</summary>'
    )
    expect(github).toContain('<p>We used:</p><ul>\n<li>ruff</li>\n<li>mypy</li>\n</ul>')
    expect(handin).toContain('<p>We used:\n- ruff\n- mypy</p>')
    expect(handin).toContain('<img alt="plot" src="/assets/figures/plot.png">')
    expect(question6).not.toMatch(/<script|onerror/i)
    expect(html.match(/handin-compare/g)).toHaveLength(1)
  })

  it('keeps the text of made-up tags and drops comments without an HTML parser, and parses real tags', () => {
    const placeholder = fixtureReport({answers: {4: `${words(100)}\n\nSee <weblink> for it.<!-- a note -->`}})
    const plain = renderReportBody(placeholder, checkReport(placeholder), {resolveImage: (source) => source}).html
    expect(plain).toContain('See  for it.</p>')
    expect(plain).not.toMatch(/weblink|a note/)
    const tags = fixtureReport({answers: {4: `${words(100)}\n\nOne<br>two <i>three</i> <weblink>`}})
    const parsed = renderReportBody(tags, checkReport(tags), {resolveImage: (source) => source}).html
    expect(parsed).toContain('One<br>two <i>three</i> </p>')
  })
})

describe('answers alone, shared passages and question links (a course site)', () => {
  const copied =
    'Our pipeline retrains the model every night on the newest labelled batch, compares it against the deployed one on a frozen validation split, and only promotes it when the macro F1 improves by at least half a point; the comparison is logged so that anyone can see why a model was or was not promoted.'
  const text = fixtureReport({
    answers: {
      4: `We started with a short note.\n\n${copied.replace('retrains', '**retrains**')}\n\n- a list item with the words [a link](https://example.org/x)\n\n\`\`\`\nfenced, which the hand-in does not know\n\`\`\``,
      6: '```python\nprint("x" < "y")\n```\n\nA <b>raw</b> answer & more.'
    }
  })
  const result = checkReport(text)
  const passage = copied.replace(/[;,.]/g, ' ').replace(/\s+/g, ' ').trim()
  const shared = new Map([[4, [{passage, sharedWords: 56, other: {label: 'group_7', href: '/reports/group-7'}}]]])
  const body = renderReportBody(text, result, {
    resolveImage: (source) => `/assets/${source}`,
    answers: true,
    shared,
    questionLink: (question) => `/reports/questions/${question}`
  })

  it('marks a shared passage across the markup inside it, in the page and in both renderings of the answer alone', () => {
    const answer = body.answers!.find((entry) => entry.question === 4)!
    for (const html of [body.html, answer.github, answer.handin!]) {
      expect(html).toContain(
        '<mark class="shared-passage" data-shared-with="group_7">Our pipeline </mark><strong><mark class="shared-passage" data-shared-with="group_7">retrains</mark></strong>'
      )
      expect(html).toContain('was or was not promoted</mark>.')
      expect(html).not.toContain('<mark class="shared-passage" data-shared-with="group_7">We started')
    }
    expect(body.html).toContain('Shares a passage with <a href="/reports/group-7">group_7</a> (56 words), marked in the answer.')
  })

  it("gives each answer alone, as GitHub renders it and as the graders' hand-in does, and links each question's page", () => {
    const answer = body.answers!.find((entry) => entry.question === 6)!
    expect(answer.github).toContain('<pre tabindex="0"><code class="language-python">print("x" &#x3C; "y")')
    // The hand-in knows no fenced code: the fence is inline code, as the graders read it.
    expect(answer.handin).toMatch(/^<p><code>python\nprint\("x" &#x3C; "y"\)<\/code><\/p>/)
    expect(answer.github).not.toContain('Question 6')
    expect(body.answers!.map((entry) => entry.question)).toEqual(result.questions.filter((question) => question.answer).map((question) => question.number))
    // Where the core finds the hand-in renders an answer as GitHub does, one rendering serves, as on the report page.
    expect(body.answers!.find((entry) => entry.question === 7)).toMatchObject({handin: null})
    expect(body.answers!.find((entry) => entry.question === 7)!.github).toMatch(/^<p>text text/)
    expect(body.html).toContain('<a href="/reports/questions/6" class="question-link">Every group\'s answer to question 6</a>')
  })

  it('marks nothing where the passage is not in the answer, and leaves the answer as it was', () => {
    const elsewhere = new Map([[4, [{passage: 'words that this answer never holds anywhere at all', sharedWords: 40, other: {label: 'x', href: null}}]]])
    const plain = renderReportBody(text, result, {resolveImage: (source) => source, answers: true})
    const unmarked = renderReportBody(text, result, {resolveImage: (source) => source, answers: true, shared: elsewhere})
    expect(unmarked.answers).toEqual(plain.answers)
    expect(unmarked.html).not.toContain('<mark')
  })
})
