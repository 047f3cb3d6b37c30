export {renderReportBody, renderReportPage, reportStyles} from './render-report.js'
export type {HtmlOptions, ReportBody} from './render-report.js'
export {checklistProgress} from './checklist.js'
export type {ChecklistGroup} from './checklist.js'
