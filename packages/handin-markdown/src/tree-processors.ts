/** Python-Markdown's last two tree processors: line breaks between blocks, and escapes restored. */

import {type Dialect, isBlockLevel} from './dialect.js'
import type {Element} from './element.js'
import {ETX, STX} from './html-stash.js'
import {rstrip, strip} from './python-text.js'

function prettifyElement(element: Element, dialect: Dialect): void {
  if (isBlockLevel(element.tag, dialect) && element.tag !== 'code' && element.tag !== 'pre') {
    const first = element.children[0]
    if ((!element.text || !strip(element.text)) && first && isBlockLevel(first.tag, dialect)) element.setText('\n')
    for (const child of element.children) if (isBlockLevel(child.tag, dialect)) prettifyElement(child, dialect)
  }
  if (!element.tail || !strip(element.tail)) element.tail = '\n'
}

/** `PrettifyTreeprocessor`. */
export function prettify(root: Element, dialect: Dialect): void {
  prettifyElement(root, dialect)
  for (const br of root.iter('br')) br.tail = !br.tail || !strip(br.tail) ? '\n' : `\n${br.tail}`
  for (const pre of root.iter('pre')) {
    const code = pre.children[0]
    if (code?.tag === 'code' && !code.children.length && code.text !== null) code.setText(`${rstrip(code.text)}\n`, true)
  }
}

const ESCAPED = new RegExp(`${STX}([0-9]+)${ETX}`, 'g')

/** `STX` + code + `ETX`, a backslash escape's placeholder, back to its character. */
export function unescapeText(text: string): string {
  return text.replace(ESCAPED, (_whole, code: string) => String.fromCodePoint(Number(code)))
}

/** `UnescapeTreeprocessor`: a backslash-escaped character back to itself. */
export function unescapeEscapes(root: Element): void {
  for (const element of root.iter()) {
    if (element.text && element.tag !== 'code') element.setText(unescapeText(element.text), element.atomic)
    if (element.tail) element.tail = unescapeText(element.tail)
    for (const [name, value] of element.attributes) element.attributes.set(name, unescapeText(value))
  }
}
