export {
  decodeReport,
  defaultReportPath,
  defaultReportPaths,
  firstInvalidUtf8,
  isGlobPattern,
  isNegation,
  needsExpanding,
  isMarkdownPath,
  isReportInputError,
  fileLookupBeside,
  readReport,
  repositoryRootOf,
  ReportInputError,
  resolveReportPath
} from './read-report.js'
export type {ReportFile} from './read-report.js'
export {isDirectory, StagedRepository} from './read-staged.js'
export type {StagedReportFile} from './read-staged.js'
export {courseCommitFile, readCourseCommit, writeCourseCommit} from './course-commit.js'
export type {CourseCommit} from './course-commit.js'
export {expandPaths, expandReportPaths, unmatchedGlobMessage} from './expand-paths.js'
export type {ExpandedPaths, NamedPath, NamedReports} from './expand-paths.js'
export {parseCatFileBatch, repositorySnapshotOf} from './repository-snapshot.js'
