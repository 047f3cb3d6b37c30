/**
 * An answer as GitHub shows it and as the graders' page shows it, side by
 * side: for each answer the core finds rendering differently in the hand-in.
 */

import {type PythonMarkdownVersion, pythonMarkdownVersionNames, type QuestionResult} from '@mlops-report/core'
import {PythonMarkdownFailure, renderPythonMarkdown} from '@mlops-report/handin-markdown'
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {type Schema, sanitize} from 'hast-util-sanitize'
import {h} from 'hastscript'
import {parseFragment} from 'parse5'
import {makeAccessible} from './accessible-content.js'
import {markSharedPassages, type SharedMark} from './shared-passages.js'

/**
 * The page's own rendering of the answer: the top-level nodes that lie inside
 * it, shown a second time. Shared, not copied: the comparison is made after
 * every change to the page's tree, and HTML is written from a tree as it is.
 */
export function answerNodes(tree: Root, answer: NonNullable<QuestionResult['answer']>): ElementContent[] {
  const inside = (node: RootContent): boolean => {
    const position = node.position
    return (
      position?.start.offset !== undefined &&
      position.end.offset !== undefined &&
      position.start.offset >= answer.start.offset &&
      position.end.offset <= answer.end.offset
    )
  }
  return tree.children.filter(inside) as ElementContent[]
}

/** Markdown as Python-Markdown renders it, with the page's sanitizing and figure paths (and shared passages marked). */
export function handinRendering(markdown: string, {schema, rewriteImages, pythonMarkdown, marks}: CompareOptions): ElementContent[] {
  let html: string
  try {
    html = renderPythonMarkdown(markdown, {version: pythonMarkdown})
  } catch (error) {
    if (!(error instanceof PythonMarkdownFailure)) throw error
    return [h('p', {className: ['error']}, error.message)]
  }
  // parse5 as hast-util-from-html calls it, without source positions, which nothing here reads.
  const tree = sanitize(fromParse5(parseFragment(html, {scriptingEnabled: false})), schema) as Root
  makeAccessible(tree)
  rewriteImages(tree)
  if (marks) markSharedPassages(tree.children as ElementContent[], marks)
  return tree.children as ElementContent[]
}

export interface CompareOptions {
  schema: Schema
  rewriteImages: (tree: Root) => void
  /** The release the report was checked under (`CheckResult.pythonMarkdown`): the hand-in shown is that one's. */
  pythonMarkdown: PythonMarkdownVersion
  /** Passages of the answer shared with other reports, to mark. */
  marks?: SharedMark[]
}

/** Both renderings of an answer, side by side (the hand-in's as `handinRendering` gave it). */
export function handinComparison(
  tree: Root,
  answer: NonNullable<QuestionResult['answer']>,
  handin: ElementContent[],
  options: Pick<CompareOptions, 'pythonMarkdown'>
): Element {
  return h('details', {className: ['handin-compare'], open: true}, [
    h('summary', `The graders' page (report.py html, ${pythonMarkdownVersionNames[options.pythonMarkdown]}) shows this answer differently`),
    h('div', {className: ['renderings']}, [
      // Each scrolls on its own where an answer is wide: reachable with the Tab key.
      h('section', {className: ['rendering', 'github'], tabIndex: 0}, [h('h4', 'On GitHub (what you see)'), ...answerNodes(tree, answer)]),
      h('section', {className: ['rendering', 'handin'], tabIndex: 0}, [h('h4', 'In the hand-in (what graders read)'), ...handin])
    ])
  ])
}
