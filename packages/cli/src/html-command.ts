import {writeFileSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {checkReport} from '@mlops-report/core'
import type {Output} from './check-command.js'
import {defaultReportPath, readReport, ReportInputError} from '@mlops-report/report-files'
import {renderReportPage} from '@mlops-report/report-html'

/** `mlops-report html [path] [-o file]`: the report as a standalone page. */
export async function runHtml(path: string | undefined, output: string | undefined, io: Output): Promise<number> {
  const report = readReport(path ?? defaultReportPath())
  const result = checkReport(report.text, {files: report.files})
  const target = output ?? join(dirname(report.path), 'report.html')
  const fromPage = target === '-' ? process.cwd() : dirname(resolve(target))
  const reportFolder = dirname(resolve(report.path))
  const html = renderReportPage(report.text, result, {
    resolveImage: (source) => {
      const rewritten = relative(fromPage, resolve(reportFolder, safeDecode(source)))
        .split(sep)
        .join('/')
      return encodeURI(rewritten)
    }
  })
  if (target === '-') {
    io.out(html)
    return 0
  }
  try {
    writeFileSync(target, html)
  } catch (error) {
    throw new ReportInputError(`${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
  }
  io.err(`mlops-report: wrote ${target}`)
  return 0
}

function safeDecode(source: string): string {
  try {
    return decodeURI(source)
  } catch {
    return source
  }
}
