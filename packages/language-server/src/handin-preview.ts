/**
 * `mlops-report/handinPreview`: the graders' hand-in beside GitHub's
 * rendering, as HTML for an editor's preview. Figures are `file:` URLs (an
 * editor maps them to what its preview can load), or resolve under
 * `imageBase` when one is given; one outside the workspace is not shown.
 */

import {dirname, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type CheckResult, locateImage} from '@mlops-report/core'
import {repositoryRootOf} from '@mlops-report/report-files'

export interface HandinPreviewParams {
  textDocument: {uri: string}
  /** A URL that the report's folder is served at, ending in `/`; without it, figures are `file:` URLs. */
  imageBase?: string | undefined
}

export interface HandinPreviewResult {
  version: number
  title: string | null
  html: string
  styles: string
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path)
  return fromFolder === '' || (!fromFolder.startsWith('..') && !fromFolder.startsWith(sep) && !/^[a-z]:/i.test(fromFolder))
}

/** The renderer is loaded on the first preview: most sessions never open one. */
export async function handinPreview(
  text: string,
  result: CheckResult,
  path: string,
  workspace: string,
  imageBase: string | undefined,
  /** Parsed text kept from the document's previous preview (a `SegmentCache`): only what changed is parsed again. */
  segments?: unknown
): Promise<Omit<HandinPreviewResult, 'version'>> {
  const {handinPreviewStyles, renderHandinPreview} = await import('@mlops-report/report-html')
  const reportFolder = dirname(path)
  // `/reports/figures/a.png` starts from the repository's root, as on GitHub.
  const rootFolder = repositoryRootOf(path) ?? workspace
  const {title, html} = renderHandinPreview(text, result, {
    ...(segments ? {segments: segments as never} : {}),
    resolveImage: (source) => {
      const location = locateImage(source)
      if ('problem' in location) return null
      const absolute = resolve(location.from === 'repository' ? rootFolder : reportFolder, ...location.path.split('/'))
      if (!isInside(workspace, absolute)) return null
      if (!imageBase) return pathToFileURL(absolute).href
      return new URL(encodeURI(relative(reportFolder, absolute).split(sep).join('/')), imageBase).href
    }
  })
  return {title, html, styles: handinPreviewStyles}
}
