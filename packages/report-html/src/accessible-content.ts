/**
 * What keyboard and screen-reader users need of a report's own markup: each
 * checkbox of a task list (the template's checklist) labelled by its item's
 * text, and each code block reachable with the Tab key, since a long line
 * scrolls it. Runs on sanitized trees: only the tree's own nodes are moved.
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

export function makeAccessible(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'pre') child.properties.tabIndex = 0
    else if (child.tagName === 'li' && String(child.properties.className ?? '').includes('task-list-item')) {
      // In a loose list the box is inside the item's first paragraph.
      const paragraph = child.children.find((inner): inner is Element => inner.type === 'element' && inner.tagName === 'p')
      if (!labelCheckbox(child) && paragraph) labelCheckbox(paragraph)
    }
    makeAccessible(child)
  }
}
