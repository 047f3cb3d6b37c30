/// <reference path="../src/theme-mlops-report.d.ts" />
/**
 * docusaurus-plugin-mlops-report: course reports as Docusaurus pages. The
 * core decides every verdict and the shared renderer writes every answer;
 * this plugin only turns them into routes, data and theme components.
 */

import {logger} from '@docusaurus/logger'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LoadContext, Plugin, SwizzleConfig} from '@docusaurus/types'
import {docuHash, normalizeUrl, posixPath} from '@docusaurus/utils'
import type {GroupFigures} from './course-output.js'
import {type LoadedContent, loadContent} from './load-content.js'
import {PluginInputError, type ReportData} from './load-report.js'
import type {PluginOptions} from './options.js'

export type {GroupFigures, ItemEvidenceData} from './course-output.js'
export type {LoadedContent} from './load-content.js'
export type {LoadedReport, ReportData, ReportPageData} from './load-report.js'
export type {QuestionAnswer, QuestionPageData, QuestionPageProps} from './question-pages.js'
export type {Options, PluginOptions} from './options.js'
export {validateOptions} from './options.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The data the index page receives. */
export interface ReportIndexData {
  title: string
  reports: Array<Omit<ReportData, 'html' | 'questions' | 'indexPermalink' | 'evidence'>>
  /** The question pages: each with how many answers fail and how many share a passage. */
  questions: Array<{number: number; permalink: string; failing: number; shared: number}>
  /** Whether answers were compared for shared passages (the index then shows how many each report has). */
  compared: boolean
  /** The scoreboard's address, for a course `mlops-report course` judged; else null. */
  scoreboardPermalink: string | null
}

/** The data the scoreboard page receives: each group judged by `mlops-report course`, in the index's order. */
export interface ScoreboardData {
  title: string
  indexPermalink: string
  groups: Array<{title: string; permalink: string; figures: GroupFigures}>
}

/** Every theme component may be wrapped or ejected: their props are this package's public types. */
export const swizzleConfig: SwizzleConfig = {
  components: {
    MlopsReportPage: {actions: {eject: 'safe', wrap: 'safe'}, description: "One report's page: status, checklist, the rendered report"},
    MlopsReportIndex: {actions: {eject: 'safe', wrap: 'safe'}, description: 'The course index: a sortable table of reports'},
    MlopsReportQuestion: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: "A question's page: every group's answer to it, as the hand-in or GitHub renders it, in an order to choose"
    },
    MlopsReportStatus: {actions: {eject: 'safe', wrap: 'safe'}, description: "A report's status badges"},
    MlopsReportChecklist: {actions: {eject: 'safe', wrap: 'safe'}, description: "The checklist's progress per week, as bars"},
    MlopsReportOutline: {actions: {eject: 'safe', wrap: 'safe'}, description: "A report's questions with their verdicts, each a link to its place"},
    MlopsReportScoreboard: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: "The course scraper's leaderboard at the deadline: base and content statistics, commit activity, contributions, checklist ticks"
    },
    MlopsReportSortableTable: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'A table whose column headers sort it, as the index and the scoreboard use it'
    },
    MlopsReportEvidence: {actions: {eject: 'safe', wrap: 'safe'}, description: "A report's checklist held against its repository, item by item"}
  }
}

export function getSwizzleConfig(): SwizzleConfig {
  return swizzleConfig
}

/**
 * A page's one data module (a report's `ReportPageData`, a question's
 * `QuestionPageProps`): the data, and an
 * import of each figure, so that the bundler publishes it (hashed) and gives
 * its URL. One module, not data and figures apart: every module of every
 * route is an entry in the registry that each page's main script carries.
 */
function pageModule({data, figures}: {data: object; figures: string[]}): string {
  const imports = figures.map((figure, index) => `import figure${index} from ${JSON.stringify(figure)};\n`)
  const urls = figures.map((_, index) => `figure${index}`).join(', ')
  return `${imports.join('')}export default {...${JSON.stringify(data)}, figureUrls: [${urls}]};\n`
}

export default function pluginMlopsReport(context: LoadContext, options: PluginOptions): Plugin<LoadedContent> {
  const name = 'docusaurus-plugin-mlops-report'
  let watched: string[] = []
  return {
    name,

    getThemePath() {
      return join(packageRoot, 'lib', 'theme')
    },

    getTypeScriptThemePath() {
      return join(packageRoot, 'src', 'theme')
    },

    getPathsToWatch() {
      return watched
    },

    async loadContent() {
      try {
        const content = await loadContent(context.siteDir, context.baseUrl, options, (message) => logger.warn(`${name}: ${message}`))
        watched = content.reports.flatMap((report) => report.watch)
        if (content.skipped.length > 0) {
          logger.warn(`${name}: not published, being no course report: ${content.skipped.map((entry) => `${entry.source} (${entry.reason})`).join(', ')}`)
        }
        return content
      } catch (error) {
        if (error instanceof PluginInputError) throw new Error(`${name}: ${error.message}`)
        throw error
      }
    },

    async contentLoaded({content, actions}) {
      const {createData, addRoute} = actions
      // As Docusaurus's own plugins name their data: the build machine's folders are not published in the registry.
      const generated = (path: string) => `@generated/${posixPath(relative(context.generatedFilesDir, path))}`
      // Written all at once: a course is a hundred reports.
      const routes = await Promise.all(
        content.reports.map(async (report) => {
          const data = await createData(`report-${docuHash(report.data.permalink)}.js`, pageModule(report))
          return {path: normalizeUrl([report.data.permalink]), modules: {report: generated(data)}}
        })
      )
      for (const {path, modules} of routes) addRoute({path, component: '@theme/MlopsReportPage', exact: true, modules})
      const questionRoutes = await Promise.all(
        content.questions.map(async (question) => {
          const data = await createData(`question-${docuHash(question.data.permalink)}.js`, pageModule(question))
          return {path: normalizeUrl([question.data.permalink]), modules: {question: generated(data)}}
        })
      )
      for (const {path, modules} of questionRoutes) addRoute({path, component: '@theme/MlopsReportQuestion', exact: true, modules})
      if (content.index) {
        const index: ReportIndexData = {
          title: content.index.title,
          reports: content.reports.map(({data: {html, questions, indexPermalink, evidence, ...summary}}) => summary),
          questions: content.questions.map(({data}) => ({
            number: data.number,
            permalink: data.permalink,
            failing: data.answers.filter((answer) => answer.pass === false).length,
            shared: data.answers.filter((answer) => answer.shared.length > 0).length
          })),
          compared: content.compared,
          scoreboardPermalink: content.scoreboard?.permalink ?? null
        }
        addRoute({
          path: normalizeUrl([content.index.permalink]),
          component: '@theme/MlopsReportIndex',
          exact: true,
          modules: {index: generated(await createData(`index-${docuHash(content.index.permalink)}.json`, JSON.stringify(index)))}
        })
        if (content.scoreboard) {
          const scoreboard: ScoreboardData = {
            title: content.index.title,
            indexPermalink: content.index.permalink,
            groups: content.reports.flatMap(({data, groupFigures}) =>
              groupFigures ? [{title: data.title, permalink: data.permalink, figures: groupFigures}] : []
            )
          }
          addRoute({
            path: normalizeUrl([content.scoreboard.permalink]),
            component: '@theme/MlopsReportScoreboard',
            exact: true,
            modules: {scoreboard: generated(await createData(`scoreboard-${docuHash(content.scoreboard.permalink)}.json`, JSON.stringify(scoreboard)))}
          })
        }
      }
    }
  }
}
