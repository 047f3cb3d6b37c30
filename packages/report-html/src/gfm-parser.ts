/**
 * remark-parse with front matter and GFM, as remark-frontmatter and remark-gfm
 * set them up, but each text parsed without the syntax it cannot hold.
 * micromark tries the table construct at the start of every line and the
 * literal autolink one at most letters; a text without a `|` or an alignment
 * colon holds no table, one without `@`, `www.` or `http(s)://` no literal
 * autolink, one that does not start with `---` no front matter. Leaving out
 * what cannot match gives the same tree a third faster, and parsing is most
 * of what rendering a report costs.
 */

import type {Root} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'
import type {MarkdownParser} from './parse-in-segments.js'

type MicromarkExtension = ReturnType<typeof gfmTable>
type MdastExtension = ReturnType<typeof gfmTableFromMarkdown>

interface Syntax {
  /** False only when the text cannot hold the syntax (a superset of where micromark and mdast find it). */
  mayOccur: (text: string) => boolean
  micromark: () => MicromarkExtension
  mdast: () => MdastExtension
}

/**
 * remark-gfm's syntaxes in its order (micromark-extension-gfm and
 * mdast-util-gfm combine them so), each with what any match of it contains.
 */
const GFM: Syntax[] = [
  {
    // `mailto:` and `xmpp:` links hold an `@`; mdast's pass finds the same three (`www` before a dot).
    mayOccur: (text) => /@|www\.|https?:\/\//i.test(text),
    micromark: gfmAutolinkLiteral,
    mdast: gfmAutolinkLiteralFromMarkdown
  },
  {mayOccur: (text) => text.includes('[^'), micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown},
  {mayOccur: (text) => text.includes('~'), micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown},
  // A delimiter row holds a `|` or an alignment colon next to a dash (`b\n:-:` is a table).
  {mayOccur: (text) => text.includes('|') || /:-|-:/.test(text), micromark: gfmTable, mdast: gfmTableFromMarkdown},
  // Any white space (a `\r\n` is one character to micromark) or an x between brackets.
  {mayOccur: (text) => /\[(?:\s|\r\n|[xX])\]/.test(text), micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown}
]

function withSyntaxes(this: Processor, syntaxes: Syntax[]): void {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...syntaxes.map((syntax) => syntax.micromark())]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...syntaxes.map((syntax) => syntax.mdast())]
}

/** Front matter is only ever at the very start (micromark skips a byte order mark). */
const FRONT_MATTER_START = /^\uFEFF?---/

/** A parser that gives `unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(text)`. */
export function gfmParser(): MarkdownParser {
  const bySyntaxes = new Map<number, Processor<Root>>()
  return {
    parse(markdown) {
      const frontMatter = FRONT_MATTER_START.test(markdown)
      let mask = frontMatter ? 1 << GFM.length : 0
      for (let index = 0; index < GFM.length; index++) if (GFM[index]!.mayOccur(markdown)) mask |= 1 << index
      let processor = bySyntaxes.get(mask)
      if (!processor) {
        const base = frontMatter ? unified().use(remarkParse).use(remarkFrontmatter) : unified().use(remarkParse)
        processor = base.use(
          withSyntaxes,
          GFM.filter((_syntax, index) => mask & (1 << index))
        ) as unknown as Processor<Root>
        bySyntaxes.set(mask, processor)
      }
      return processor.parse(markdown)
    }
  }
}
