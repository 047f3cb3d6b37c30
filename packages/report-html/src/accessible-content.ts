/**
 * What keyboard and screen-reader users need of a report's own markup: each
 * checkbox of a task list (the template's checklist) named by its item's
 * text, and each code block reachable with the Tab key, since a long line
 * scrolls it. Runs on sanitized trees: the name is the item's own text, set
 * as an attribute, never as markup.
 */

import type {Element, Root} from 'hast'

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && child.tagName !== 'ul' && child.tagName !== 'ol' && child.tagName !== 'input') text += textOf(child)
  }
  return text
}

function labelCheckbox(item: Element): void {
  const box = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input')
  if (box?.properties.type === 'checkbox') box.properties.ariaLabel = textOf(item).replace(/\s+/g, ' ').trim() || 'Checklist item'
}

export function makeAccessible(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'pre') child.properties.tabIndex = 0
    else if (child.tagName === 'li' && String(child.properties.className ?? '').includes('task-list-item')) labelCheckbox(child)
    makeAccessible(child)
  }
}
