/**
 * A report as HTML: the text as GitHub renders it (CommonMark + GFM, raw HTML
 * sanitized), each question headed by the course checker's verdict and our
 * findings (including where the graders' hand-in will look different). The
 * CLI writes it as a standalone page; the Docusaurus plugin puts the body in
 * its report pages.
 */

import {describeFigures, type CheckResult, type Finding, type QuestionResult, questionVerdict, reportVerdict} from '@mlops-report/core'
import type {Element, ElementContent, Root} from 'hast'
import type {Schema} from 'hast-util-sanitize'
import {h} from 'hastscript'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {CONTINUE, EXIT, visit} from 'unist-util-visit'
import {makeAccessible, textOf} from './accessible-content.js'
import {gfmParser} from './gfm-parser.js'
import {answerNodes, type CompareOptions, handinComparison, handinRendering} from './handin-compare.js'
import {parseInSegments, type SegmentCache} from './parse-in-segments.js'
import {rawWhereNeeded} from './raw-html.js'
import {markSharedPassages, type SharedMark, sharedNote} from './shared-passages.js'

export interface HtmlOptions {
  /**
   * Rewrites a relative image path so it resolves from where the page is
   * shown; null when the image is not to be published (it then keeps its alt
   * text, loses its `src` and gets the class `missing-figure`).
   */
  resolveImage: (source: string) => string | null
  /** The page's title; default the report's first `#` heading. */
  title?: string
  /**
   * Parsed template text to reuse across the reports of one batch (see
   * `SegmentCache`): a course's reports repeat most of the template, and
   * parsing is nearly all a report costs. The HTML is the same without it.
   */
  segments?: SegmentCache
  /** Where every group's answer to a question is (a course site's question page): linked from the question's verdict box. */
  questionLink?: (question: number) => string | null
  /** Passages each answer shares with other reports, by question: marked in the answer and named in its verdict box. */
  shared?: ReadonlyMap<number, SharedMark[]>
  /** Also give each answer alone, as GitHub renders it and as the hand-in does (a course site's question pages). */
  answers?: boolean
}

/** One answer alone, as HTML: shared passages marked, figures as `resolveImage` gave them. */
export interface AnswerHtml {
  question: number
  /** As GitHub renders it (the report page's own nodes). */
  github: string
  /**
   * As the graders' `report.py html` renders it, under the release the report
   * was checked under; null where the core finds the hand-in renders it as
   * GitHub does (no `handin-rendering` finding), as the report page shows it.
   */
  handin: string | null
}

export interface ReportBody {
  /** The report's first `#` heading, as text, or null. */
  title: string | null
  /** The summary box, then the report with a verdict box under each question's heading. */
  html: string
  /** Each answered question's answer alone, when `answers` was asked for. */
  answers?: AnswerHtml[]
}

/** GitHub's sanitizing, with the image attributes students use for a figure's size. */
export const schema: Schema = {
  ...defaultSchema,
  attributes: {...defaultSchema.attributes, img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'align']}
}

/**
 * The standalone page's look; presenters with a theme of their own style the same classes.
 * A wide table scrolls inside its own box, as on GitHub (and is a Tab stop: accessible-content.ts).
 */
export const reportStyles = `
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
img{max-width:100%}pre{background:#f6f8fa;padding:1rem;overflow:auto}code{background:#f6f8fa;padding:.1em .3em}
blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}
table{border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto}td,th{border:1px solid #d1d9e0;padding:.3em .6em}
.summary,.verdict{border-radius:6px;padding:.6em 1em;margin:.5em 0}
.pass{background:#dafbe1;border:1px solid #4ac26b}.fail{background:#ffebe9;border:1px solid #ff8182}.unknown{background:#fff8c5;border:1px solid #d4a72c}
.verdict ul{margin:.3em 0;padding-left:1.2em}.warning{color:#7d4e00}.error{color:#a40e26}
.handin-compare{margin:.5em 0 1em}.handin-compare summary{cursor:pointer;font-weight:600}
.renderings{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem;margin-top:.5em}
.rendering{border:1px solid #d1d9e0;border-radius:6px;padding:0 1em;min-width:0;overflow:auto}.rendering h4{margin:.6em 0;color:#59636e}
.rendering.handin{background:#fffbf0}
`

/** A message's \`quoted\` parts as code, the way the terminal and editors show them as written. */
function withCode(message: string): ElementContent[] {
  return message.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? h('code', part) : {type: 'text', value: part}))
}

function verdictBox(question: QuestionResult, findings: Finding[], shared: SharedMark[], questionLink: string | null): Element {
  const {state, label} = questionVerdict(question)
  const items: ElementContent[] = findings.map((finding) =>
    h('li', {className: [finding.severity]}, [...withCode(finding.message), ' ', h('small', `(${finding.ruleId}, line ${finding.start.line})`)])
  )
  return h('div', {className: ['verdict', state], dataQuestion: String(question.number)}, [
    h('strong', `${label}: `),
    describeFigures(question),
    ...(questionLink ? [' · ', h('a', {href: questionLink, className: ['question-link']}, `Every group's answer to question ${question.number}`)] : []),
    ...(items.length > 0 ? [h('ul', items)] : []),
    ...(shared.length > 0 ? [sharedNote(shared)] : [])
  ])
}

function summaryBox(result: CheckResult): Element {
  const {state, label} = reportVerdict(result)
  return h('div', {className: ['summary', state]}, [h('strong', label)])
}

/**
 * Every element below `parent`, in document order, as unist-util-visit walks
 * them; a number returned continues at that index among the siblings (after
 * nodes the callback inserted). A plain loop: the walk runs several times per
 * report, and the general visitor cost a tenth of a report's rendering.
 */
export function eachElement(parent: Root | Element, callback: (node: Element, index: number, parent: Root | Element) => number | undefined): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!
    if (child.type !== 'element') continue
    const next = callback(child, index, parent)
    eachElement(child, callback)
    if (next !== undefined) index = next - 1
  }
}

/**
 * Puts each question's verdict right under its heading; where the core finds
 * the hand-in renders the answer differently, both renderings follow it.
 */
function insertVerdicts(result: CheckResult, options: HtmlOptions, handins: Map<number, ElementContent[]>) {
  const byNumber = new Map(result.questions.map((question) => [question.number, question]))
  return (tree: Root) => {
    for (const question of result.questions) {
      const marks = options.shared?.get(question.number)
      if (marks && question.answer) markSharedPassages(answerNodes(tree, question.answer), marks)
    }
    const comparisons = new Map<number, Element>()
    for (const question of result.questions) {
      if (!question.answer || !result.findings.some((finding) => finding.question === question.number && finding.ruleId === 'handin-rendering')) continue
      const handin = handinRendering(question.answer.text, compareOptions(result, options, question.number))
      handins.set(question.number, handin)
      comparisons.set(question.number, handinComparison(tree, question.answer, handin, result))
    }
    eachElement(tree, (node, index, parent) => {
      if (!/^h[1-6]$/.test(node.tagName)) return undefined
      const number = /^\s*Question\s+(\d+)\b/i.exec(textOf(node))?.[1]
      const question = number ? byNumber.get(Number(number)) : undefined
      if (!question) return undefined
      byNumber.delete(question.number)
      // The place an outline links to, and that takes the focus when it is followed.
      node.properties.id = `question-${question.number}`
      node.properties.tabIndex = -1
      const findings = result.findings.filter((finding) => finding.question === question.number)
      const comparison = comparisons.get(question.number)
      const verdict = verdictBox(question, findings, options.shared?.get(question.number) ?? [], options.questionLink?.(question.number) ?? null)
      const inserted = comparison ? [verdict, comparison] : [verdict]
      parent.children.splice(index + 1, 0, ...inserted)
      return index + 1 + inserted.length
    })
  }
}

export function rewriteImages(resolveImage: HtmlOptions['resolveImage']) {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      const source = node.properties?.src
      if (node.tagName === 'img' && typeof source === 'string' && !/^[a-z][a-z\d+.-]*:|^\/\//i.test(source)) {
        const resolved = resolveImage(source)
        // Every image is named (an <img> a student wrote often has no alt): by its file when nothing else.
        const name = source.split(/[\\/]/).pop() || source
        if (resolved === null) {
          delete node.properties.src
          node.properties.className = ['missing-figure']
          if (!node.properties.alt) node.properties.alt = `Missing figure ${name}`
        } else {
          node.properties.src = resolved
          if (node.properties.alt === undefined || node.properties.alt === null) node.properties.alt = `Figure ${name}`
        }
      }
      return undefined
    })
  }
}

const parser = gfmParser()

/**
 * The report's tree, and the hand-in's rendering of each answer the core
 * finds rendered differently there (shown beside GitHub's under its verdict).
 */
function bodyTree(
  markdown: string,
  result: CheckResult,
  options: HtmlOptions
): {title: string | null; tree: Root; children: ElementContent[]; handins: Map<number, ElementContent[]>} {
  const handins = new Map<number, ElementContent[]>()
  const processor = unified()
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rawWhereNeeded)
    .use(rehypeSanitize, schema)
    .use(() => makeAccessible)
    .use(() => rewriteImages(options.resolveImage))
    .use(() => insertVerdicts(result, options, handins))
  const tree = processor.runSync(options.segments ? parseInSegments(parser, markdown, options.segments) : parser.parse(markdown)) as Root
  let title: string | null = null
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'h1') return CONTINUE
    title = textOf(node).trim() || null
    return title === null ? CONTINUE : EXIT
  })
  return {title, tree, children: [summaryBox(result), ...(tree.children as ElementContent[])], handins}
}

function compareOptions(result: CheckResult, options: HtmlOptions, question: number): CompareOptions {
  return {schema, rewriteImages: rewriteImages(options.resolveImage), pythonMarkdown: result.pythonMarkdown, marks: options.shared?.get(question) ?? []}
}

const toHtml = (children: ElementContent[]) => unified().use(rehypeStringify).stringify({type: 'root', children})

/** Each answered question's answer alone, from the report's rendered tree and the hand-in's renderings it was shown beside. */
function eachAnswer(tree: Root, result: CheckResult, handins: Map<number, ElementContent[]>): AnswerHtml[] {
  return result.questions.flatMap((question) => {
    if (!question.answer) return []
    const handin = handins.get(question.number)
    return [{question: question.number, github: toHtml(answerNodes(tree, question.answer)), handin: handin ? toHtml(handin) : null}]
  })
}

/** The report as an HTML fragment, to place in a page of one's own. */
export function renderReportBody(markdown: string, result: CheckResult, options: HtmlOptions): ReportBody {
  const {title, tree, children, handins} = bodyTree(markdown, result, options)
  const body: ReportBody = {title, html: toHtml(children)}
  if (options.answers) body.answers = eachAnswer(tree, result, handins)
  return body
}

/** The report as a standalone HTML document. */
export function renderReportPage(markdown: string, result: CheckResult, options: HtmlOptions): string {
  const {title, children} = bodyTree(markdown, result, options)
  const page: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', options.title || title || 'Report'),
          h('style', reportStyles)
        ]),
        h('body', children)
      ])
    ]
  }
  return `${unified().use(rehypeStringify).stringify(page)}\n`
}
