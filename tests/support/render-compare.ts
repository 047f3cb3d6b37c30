/**
 * Renders markdown both ways, GitHub's (remark with GFM) and the graders'
 * (the real Python-Markdown of the chosen release, as report.py uses it), and
 * compares the structure: lists, code blocks, links, tables, headings, struck
 * text.
 */

import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {PythonMarkdownVersion} from '@mlops-report/handin-markdown'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

import {graderPython, oracleEnvironment} from './python-markdown.js'

export function graderRendererPresent(): boolean {
  return spawnSync(graderPython, ['-c', 'import markdown'], {stdio: 'ignore'}).status === 0
}

const github = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeStringify, {allowDangerousHtml: true})

export function renderLikeGithub(markdown: string): string {
  return String(github.processSync(markdown))
}

export interface Comparison {
  markdown: string
  github: string[]
  handin: string[]
  handinHtml: string
  differs: boolean
}

export function compareRenderings(markdowns: string[], version: PythonMarkdownVersion = '3.4-debian'): Comparison[] {
  const input = JSON.stringify(markdowns.map((markdown) => ({markdown, githubHtml: renderLikeGithub(markdown)})))
  const script = fileURLToPath(new URL('handin_signature.py', import.meta.url))
  const result = spawnSync(graderPython, [script], {input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: oracleEnvironment(version)})
  if (result.status !== 0) throw new Error(`Python-Markdown ${version} failed: ${result.stderr}`)
  const rendered = JSON.parse(result.stdout) as Array<{github: string[]; handin: string[]; handinHtml: string}>
  return rendered.map((pair, index) => ({
    markdown: markdowns[index]!,
    ...pair,
    differs: pair.github.join(' ') !== pair.handin.join(' ')
  }))
}
