/**
 * Adds the mlops-report hook to a `.pre-commit-config.yaml` by inserting the
 * lines of one more `repos` entry, in the style of the entry before it: every
 * other byte of the file (comments, order, quoting) stays as it was.
 */

import {isMap, isScalar, isSeq, parseDocument, type Document} from 'yaml'

export const hookId = 'mlops-report'

export interface HookSource {
  /** The hook repository (`repo:`): a URL, or a local path in tests. */
  repo: string
  /** A tag or commit (`rev:`). */
  rev: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function newPreCommitConfig(source: HookSource): string {
  return [
    '# Git hooks run by the pre-commit framework (https://pre-commit.com).',
    '# Set up once per clone: pip install pre-commit && pre-commit install',
    'repos:',
    ...entryLines(source, '  - ', '    '),
    ''
  ].join('\n')
}

function entryLines(source: HookSource, dash: string, indent: string): string[] {
  return [`${dash}repo: ${quote(source.repo)}`, `${indent}rev: ${quote(source.rev)}`, `${indent}hooks:`, `${indent}  - id: ${hookId}`]
}

/** Plain YAML where that reads back as the same string, double-quoted otherwise. */
function quote(value: string): string {
  return /^[\w./@~+-][\w./@~+:-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[\d.+-]+$/.test(value)
    ? value
    : JSON.stringify(value)
}

function parse(text: string, path: string): Document {
  const document = parseDocument(text)
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    const line = error.linePos?.[0]
    throw new ConfigError(`${path}${line ? `:${line.line}:${line.col}` : ''}: not valid YAML (${error.message.split('\n')[0]}); fix it or add the hook by hand`)
  }
  return document
}

/** Whether some `repos` entry already has a hook with our id. */
export function hasHook(text: string, path: string): boolean {
  const repos = parse(text, path).get('repos', true)
  if (!isSeq(repos)) return false
  return repos.items.some((entry) => {
    const hooks = isMap(entry) ? entry.get('hooks', true) : null
    return isSeq(hooks) && hooks.items.some((hook) => isMap(hook) && hook.get('id') === hookId)
  })
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function nextLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end + 1
}

/** The config with our entry appended to `repos`. */
export function addHook(text: string, path: string, source: HookSource): string {
  const document = parse(text, path)
  const repos = document.get('repos', true)
  if (repos === undefined || (isScalar(repos) && repos.value === null)) {
    // No `repos` (or an empty one): a whole block at the end.
    if (repos !== undefined) throw new ConfigError(`${path}: \`repos:\` is empty; add the hook by hand or remove that line`)
    const separator = text === '' || text.endsWith('\n') ? '' : '\n'
    return `${text}${separator}repos:\n${entryLines(source, '  - ', '    ').join('\n')}\n`
  }
  if (!isSeq(repos) || repos.flow || !repos.range) {
    throw new ConfigError(`${path}: \`repos\` is not a block list; add the hook by hand (see the mlops-report README)`)
  }
  const last = repos.items.at(-1)
  if (!isMap(last) || !last.range) {
    throw new ConfigError(`${path}: the last \`repos\` entry is not a mapping; add the hook by hand (see the mlops-report README)`)
  }
  const firstKey = last.items[0]?.key
  const keyOffset = isScalar(firstKey) && firstKey.range ? firstKey.range[0] : last.range[0]
  const start = lineStart(text, keyOffset)
  // `-   repo:` or `  - repo:`: the new entry copies the dash and the key's column.
  const dash = text.slice(start, keyOffset)
  const dashColumn = dash.indexOf('-')
  const indent = ' '.repeat(dash.length)
  // The entry ends before the next line indented no deeper than its dash;
  // comments indented under it stay with it, blank lines after it stay after ours.
  let insertAt = nextLine(text, keyOffset)
  for (let from = insertAt; from < text.length; ) {
    const to = nextLine(text, from)
    const line = text.slice(from, to).replace(/\r?\n$/, '')
    const content = line.trimStart()
    if (content !== '') {
      if (line.length - content.length <= dashColumn) break
      insertAt = to
    }
    from = to
  }
  const before = text.slice(0, insertAt)
  const lead = before.endsWith('\n') || before === '' ? '' : '\n'
  const added = `${entryLines(source, dash, indent).join('\n')}\n`
  const result = before + lead + added + text.slice(insertAt)
  if (!hasHook(result, path)) throw new ConfigError(`${path}: could not add the hook to this layout; add it by hand (see the mlops-report README)`)
  return result
}
