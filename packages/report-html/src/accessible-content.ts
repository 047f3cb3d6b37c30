/**
 * What keyboard and screen-reader users need of a report's own markup: each
 * checkbox of a task list (the template's checklist) labelled by its item's
 * text, and each code block and table reachable with the Tab key, since a
 * long line or a wide table scrolls it (Docusaurus's tables scroll sideways
 * on their own); a table is named by its header. Runs on sanitized trees:
 * only the tree's own nodes are moved.
 */

import type {Element, Root} from 'hast'

/** Where a label's phrasing content ends: a nested list or another block. */
const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table'])

/**
 * Wraps a task item's checkbox and the text after it in a `<label>`, which
 * names the box by its item's text (and lets a click on the text reach it)
 * without repeating the text in an attribute.
 */
function labelCheckbox(container: Element): boolean {
  const at = container.children.findIndex((child) => child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox')
  if (at === -1) return false
  let end = at + 1
  while (end < container.children.length) {
    const child = container.children[end]!
    if (child.type === 'element' && BLOCK.has(child.tagName)) break
    end++
  }
  const label: Element = {type: 'element', tagName: 'label', properties: {}, children: container.children.slice(at, end)}
  container.children.splice(at, end - at, label)
  return true
}

/** The text an element holds, markup dropped. */
export function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element') text += textOf(child)
  }
  return text
}

/** `Table: Tool, Used for` from the header row's cells, or `Table` where it has none. */
function tableName(table: Element): string {
  const head = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'thead')
  const row = head?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'tr')
  const cells = (row?.children ?? []).filter((child): child is Element => child.type === 'element').map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
  const named = cells.filter(Boolean)
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table'
}

export function makeAccessible(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'pre') child.properties.tabIndex = 0
    else if (child.tagName === 'table') {
      child.properties.tabIndex = 0
      child.properties.ariaLabel = tableName(child)
    } else if (child.tagName === 'li' && String(child.properties.className ?? '').includes('task-list-item')) {
      // In a loose list the box is inside the item's first paragraph.
      const paragraph = child.children.find((inner): inner is Element => inner.type === 'element' && inner.tagName === 'p')
      if (!labelCheckbox(child) && paragraph) labelCheckbox(paragraph)
    }
    makeAccessible(child)
  }
}
