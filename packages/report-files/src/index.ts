export {
  decodeReport,
  defaultReportPath,
  firstInvalidUtf8,
  isReportInputError,
  listFilesBeside,
  readReport,
  ReportInputError,
  resolveReportPath
} from './read-report.js'
export type {ReportFile} from './read-report.js'
