/**
 * Raw HTML in the report, parsed only where it matters. Re-parsing the whole
 * page through an HTML parser (rehype-raw) is a fifth of the cost of a
 * report, and most reports hold raw HTML only as comments and the template's
 * made-up placeholders such as `<weblink>`: the sanitizer drops both (a tag it
 * does not know goes, its content stays), so they are dropped before, and the
 * parser runs only when other raw HTML is left.
 */

import type {Root} from 'hast'
import {raw} from 'hast-util-raw'
import {htmlTagNames} from 'html-tag-names'
import type {VFile} from 'vfile'

const HTML_TAG_NAMES = new Set(htmlTagNames)
const ONE_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/
const ONE_TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>$/

/**
 * A comment, or one start or end tag of an element no HTML version defines:
 * the parser makes a plain element of it, which the sanitizer unwraps.
 */
function isInert(value: string): boolean {
  if (ONE_COMMENT.test(value)) return true
  const tag = ONE_TAG.exec(value.trim())
  return tag !== null && !HTML_TAG_NAMES.has(tag[1]!.toLowerCase())
}

type Parent = {children: Root['children']}

function dropInert(parent: Parent): number {
  let left = 0
  parent.children = parent.children.filter((child) => {
    if (child.type === 'raw') {
      if (isInert(child.value)) return false
      left++
    } else if ('children' in child) {
      left += dropInert(child as Parent)
    }
    return true
  })
  return left
}

/** rehype-raw, run only when raw HTML other than comments and unknown tags is there. */
export function rawWhereNeeded() {
  return (tree: Root, file: VFile): Root => (dropInert(tree) > 0 ? (raw(tree, {file}) as Root) : tree)
}
