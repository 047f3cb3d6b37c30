/**
 * The graders' view for an editor: the whole hand-in as the course's
 * `report.py html` renders it, beside the report as GitHub shows it with the
 * checker's verdict at each question. Both sides sanitized as the published
 * pages are; each question's heading carries an id so a preview can follow
 * the editor's scroll.
 */

import {type CheckResult, handinSource, pythonMarkdownVersionNames} from '@mlops-report/core'
import type {Root} from 'hast'
import {h} from 'hastscript'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {textOf} from './accessible-content.js'
import {handinRendering} from './handin-compare.js'
import {eachElement, type HtmlOptions, renderReportBody, reportStyles, rewriteImages, schema} from './render-report.js'

export interface HandinPreview {
  /** The report's first `#` heading, or null. */
  title: string | null
  /** Two labelled columns: `#handin` (the graders' page) and `#github` (GitHub's rendering with the verdicts). */
  html: string
}

/** Styles for a page that holds only the preview: each column scrolls on its own. */
export const handinPreviewStyles = `${reportStyles}
body{max-width:none;margin:0;padding:0}
.preview{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));height:100vh}
.preview>section{overflow:auto;padding:0 1rem 50vh;border-left:1px solid #d1d9e0}
.preview>section>.column-title{position:sticky;top:0;margin:0;padding:.4em 0;font-size:.9rem;background:#fff;color:#59636e;border-bottom:1px solid #d1d9e0;z-index:1}
`

/** Gives each `Question N` heading the id `<prefix>question-N`. */
function markQuestions(tree: Root, prefix: string): void {
  eachElement(tree, (node) => {
    if (!/^h[1-6]$/.test(node.tagName)) return undefined
    const number = /^\s*Question\s+(\d+)\b/i.exec(textOf(node))?.[1]
    if (number) node.properties.id = `${prefix}question-${number}`
    return undefined
  })
}

export function renderHandinPreview(markdown: string, result: CheckResult, options: HtmlOptions): HandinPreview {
  const handin: Root = {
    type: 'root',
    children: handinRendering(handinSource(markdown), {schema, rewriteImages: rewriteImages(options.resolveImage), pythonMarkdown: result.pythonMarkdown})
  }
  markQuestions(handin, 'handin-')
  const github = renderReportBody(markdown, result, options)
  const version = pythonMarkdownVersionNames[result.pythonMarkdown]
  const page = h('div', {className: ['preview']}, [
    h('section', {id: 'handin', className: ['handin'], tabIndex: 0, ariaLabel: "The graders' hand-in"}, [
      h('h2', {className: ['column-title']}, `The graders' hand-in (report.py html, ${version})`),
      ...(handin.children as never[])
    ]),
    h('section', {id: 'github', tabIndex: 0, ariaLabel: 'On GitHub, with the checker’s verdicts'}, [
      h('h2', {className: ['column-title']}, 'On GitHub, with the course checker’s verdicts'),
      {type: 'raw', value: github.html} as never
    ])
  ])
  return {
    title: github.title,
    html: unified()
      .use(rehypeStringify, {allowDangerousHtml: true})
      .stringify({type: 'root', children: [page]})
  }
}
