/**
 * Builds reports in the template's structure (section headings, `### Question N`,
 * a quoted prompt stating its limits, `> Answer:`) with prompts in our own
 * words, so each test states only the answers it is about.
 */

import {officialTables, type Generation} from '../src/official-tables.js'

export const words = (count: number, word = 'word'): string => Array.from({length: count}, () => word).join(' ')
export const image = (name = 'figures/plot.png'): string => `![a plot](${name})`

function limits(number: number, generation: Generation): string[] {
  const {words: wordRange, images: imageRange} = officialTables[generation][number - 1]!
  const lines: string[] = []
  if (imageRange) {
    lines.push(imageRange[0] === imageRange[1] ? '> **Include a figure of it.**' : `> **Add ${imageRange[0]}-${imageRange[1]} images of it.**`)
  }
  if (wordRange) lines.push('>', `> Recommended answer length: ${wordRange[0]}-${wordRange[1]} words.`)
  return lines
}

export interface FixtureOptions {
  generation?: Generation
  /** Answer text per question; the rest get a passing answer. */
  answers?: Record<number, string>
  /** Text after the last answer. */
  trailer?: string
}

function figureName(number: number, index: number): string {
  return `figures/q${number}-${index}.png`
}

/** The image files the passing answers refer to, relative to the report's folder. */
export function fixtureFigures(generation: Generation = 31): string[] {
  return officialTables[generation].flatMap(({images}, index) => Array.from({length: images?.[0] ?? 0}, (_, image) => figureName(index + 1, image)))
}

/** An answer that meets question `number`'s official limits. */
export function passingAnswer(number: number, generation: Generation = 31): string {
  const {words: wordRange, images: imageRange} = officialTables[generation][number - 1]!
  const parts: string[] = []
  if (wordRange) parts.push(words(Math.max(wordRange[0], 1) + (wordRange[0] === wordRange[1] ? 0 : 1), 'text'))
  if (!wordRange && !imageRange) parts.push(`Group answer ${number}`)
  if (imageRange) parts.push(Array.from({length: imageRange[0]}, (_, index) => image(figureName(number, index))).join('\n'))
  return parts.join('\n\n')
}

export function fixtureReport(options: FixtureOptions = {}): string {
  const generation = options.generation ?? 31
  const total = officialTables[generation].length
  const out: string[] = []
  // The older template starts with 43 characters of front matter that its checker drops.
  if (generation === 27) out.push('---', 'layout: default', 'nav_exclude: true', '---', '')
  out.push(
    '# Course report for a fictional group',
    '',
    'Intro text that a template would hold.',
    '',
    '## Checklist',
    '',
    '### Week 1',
    '',
    '* [x] Set up a repository (M5)',
    '* [ ] Write a data loader',
    '    that downloads things (M6)',
    '',
    '### Extra',
    '',
    '* [ ] Draw a diagram',
    '',
    '## Questions'
  )
  for (let number = 1; number <= total; number++) {
    if (number === 4) out.push('', '## Second section', '', '> A section introduction, quoted.')
    out.push('', `### Question ${number}`, '', `> **Prompt number ${number}, in our own words.**`, ...limits(number, generation), '>', '> Answer:', '')
    out.push(options.answers?.[number] ?? passingAnswer(number, generation))
  }
  if (options.trailer) out.push('', options.trailer)
  return `${out.join('\n')}\n`
}
