import {dirname, join, relative, resolve, sep} from 'node:path'
import {checkReport, handinSource, locateImage, type PythonMarkdownVersion} from '@mlops-report/core'
import {PythonMarkdownFailure, renderPythonMarkdown} from '@mlops-report/handin-markdown'
import type {Output} from './check-command.js'
import {defaultReportPath, readReport, repositoryRootOf} from '@mlops-report/report-files'
import {renderReportPage} from '@mlops-report/report-html'
import {givenReports} from './given-paths.js'
import {UsageError} from './usage.js'
import {writeForUser} from './write-atomically.js'

export interface HtmlCommandOptions {
  output: string | undefined
  /** The graders' page: what the course's `report.py html` writes, byte for byte. */
  handin: boolean
  /** The Python-Markdown release the hand-in is rendered and judged under. */
  pythonMarkdown: PythonMarkdownVersion
}

/** `mlops-report html [path] [-o file] [--handin]`: the report as a standalone page, or the graders' page. */
export async function runHtml(paths: string[], {output, handin, pythonMarkdown}: HtmlCommandOptions, io: Output): Promise<number> {
  const named = paths.length > 0 ? givenReports(paths, io) : [defaultReportPath()]
  if (named.length > 1) throw new UsageError(`html takes one report; ${paths.length > 1 ? 'the paths given name' : `'${paths[0]}' names`} ${named.length}`)
  const report = readReport(named[0]!)
  const target = output ?? join(dirname(report.path), handin ? 'handin.html' : 'report.html')
  if (handin) {
    let page: string
    try {
      page = renderPythonMarkdown(handinSource(report.text), {version: pythonMarkdown})
    } catch (error) {
      if (!(error instanceof PythonMarkdownFailure)) throw error
      io.err(`mlops-report: ${report.path}: the course's report.py html makes no page of this report. ${error.message}`)
      return 1
    }
    return write(target, page, io)
  }
  const result = checkReport(report.text, {files: report.files, pythonMarkdown})
  const fromPage = target === '-' ? process.cwd() : dirname(resolve(target))
  const reportFolder = dirname(resolve(report.path))
  // `/reports/figures/a.png` starts from the repository's root, as on GitHub.
  const rootFolder = repositoryRootOf(report.path) ?? reportFolder
  const html = renderReportPage(report.text, result, {
    resolveImage: (source) => {
      const location = locateImage(source)
      if ('problem' in location) return source
      const absolute = resolve(location.from === 'repository' ? rootFolder : reportFolder, ...location.path.split('/'))
      return encodeURI(relative(fromPage, absolute).split(sep).join('/'))
    }
  })
  return write(target, html, io)
}

function write(target: string, html: string, io: Output): number {
  if (target === '-') {
    io.out(html)
    return 0
  }
  writeForUser(target, html)
  io.err(`mlops-report: wrote ${target}`)
  return 0
}
