export {checkReport, questionPrompt} from './check.js'
export type {CheckOptions, CheckResult, ChecklistItem, Located, QuestionResult} from './check.js'
export type {Finding} from './finding.js'
export {fixReport} from './fix-report.js'
export type {FixOutcome} from './fix-report.js'
export {locateImage, lookupInList} from './findings/image-findings.js'
export type {FileLookup, ImageLocation, LinkOutside, UncommittedFile, UncommittedLookup} from './findings/image-findings.js'
export {rules, ruleIds, ruleUrl, docsBaseUrl} from './rules.js'
export type {RuleId, RuleInfo, Severity} from './rules.js'
export {officialTables, currentGeneration} from './official-tables.js'
export type {Constraints, Generation, Range} from './official-tables.js'
export {constraintsFromText} from './constraints-from-text.js'
export {briefFigures, describeFigures, formatRange} from './findings/wording.js'
export {countPythonWords, findOfficialImages} from './python-semantics.js'
export {SourceText} from './source-text.js'
export type {Point} from './source-text.js'
export type {ConstraintSource} from './verdicts.js'
export {handinSource} from './handin-source.js'
export {
  defaultPythonMarkdownVersion,
  describeVersions as describePythonMarkdownVersions,
  isPythonMarkdownVersion,
  parsePythonMarkdownVersion,
  pythonMarkdownVersionNames,
  pythonMarkdownVersions,
  UnknownPythonMarkdownVersion
} from '@mlops-report/handin-markdown/versions'
export type {PythonMarkdownVersion} from '@mlops-report/handin-markdown/versions'
export {countCheckerWarnings} from './checker-warnings.js'
export {naturalOrder} from './natural-order.js'
export {findSharedPassages, wordSpans} from './similar-answers.js'
export type {NamedReport, SharedPassage, SimilarityOptions} from './similar-answers.js'
export {checklistEvidence, checklistFigures, checklistRuleFor, MAX_EVIDENCE_FILES} from './checklist/checklist-evidence.js'
export type {EvidenceState, ItemEvidence} from './checklist/checklist-evidence.js'
export {checklistRules, isCheckable} from './checklist/checklist-rules.js'
export type {CheckableRule, ChecklistRule} from './checklist/checklist-rules.js'
export {EVIDENCE_TEXT_LIMIT, wantsText} from './checklist/repository-files.js'
export type {RepositorySnapshot} from './checklist/repository-files.js'
export {scraperPaths} from './checklist/scraper-paths.js'
export {questionVerdict, reportPasses, reportVerdict} from './verdict-wording.js'
export type {VerdictState, VerdictWording} from './verdict-wording.js'
