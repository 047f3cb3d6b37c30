/** Python-Markdown 3.4's XHTML serializer (serializers.py), its default output format. */

import type {Element} from './element.js'

const HTML_EMPTY = new Set(['area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input', 'isindex', 'link', 'meta', 'param'])
/** An `&` that does not start an entity; `iu` for Python's case-insensitive matching. */
const LONE_AMPERSAND = /&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)/giu

function escapeText(text: string): string {
  let escaped = text
  if (escaped.includes('&')) escaped = escaped.replace(LONE_AMPERSAND, '&amp;')
  return escaped.replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;')
}

function write(out: string[], element: Element): void {
  const tag = element.tag
  out.push(`<${tag}`)
  const names = [...element.attributes.keys()].sort()
  for (const name of names) out.push(` ${name}="${escapeAttribute(element.attributes.get(name)!)}"`)
  const lower = tag.toLowerCase()
  if (HTML_EMPTY.has(lower)) {
    out.push(' />')
  } else {
    out.push('>')
    if (element.text) out.push(lower === 'script' || lower === 'style' ? element.text : escapeText(element.text))
    for (const child of element.children) write(out, child)
    out.push(`</${tag}>`)
  }
  if (element.tail) out.push(escapeText(element.tail))
}

/** `to_xhtml_string`: the element, its descendants and its tail. */
export function serializeXhtml(element: Element): string {
  const out: string[] = []
  write(out, element)
  return out.join('')
}
