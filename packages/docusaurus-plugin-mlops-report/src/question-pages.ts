/**
 * A page per question for a course: every group's answer to it, one after
 * another, with the course checker's figures and verdict, as graders mark a
 * course question by question. Built from what the report pages were built
 * from; nothing is decided here.
 */

import {
  describeFigures,
  formatRange,
  type PythonMarkdownVersion,
  pythonMarkdownVersionNames,
  questionPrompt,
  questionVerdict,
  type VerdictWording
} from '@mlops-report/core'
import type {SharedMark} from '@mlops-report/report-html'
import type {LoadedReport} from './load-report.js'

export interface QuestionAnswer {
  /** The report's title and page, and its place in the index's order. */
  report: string
  source: string
  /** The report page at this question. */
  permalink: string
  position: number
  /** The official verdict; null where the checker stops or cannot find the question. */
  pass: boolean | null
  /** The checker stops on this report: the figures are our reading of the question's section. */
  estimated: boolean
  /** The core's words for the verdict. */
  verdict: VerdictWording
  unanswered: boolean
  words: number
  images: number
  /** `100–200`, or null where the question has no such limit. */
  wordRange: string | null
  imageRange: string | null
  /** "86 words (expected 100–200)", as the report page says it. */
  figures: string
  /** The answer as GitHub renders it; null where there is no answer. Figures as `mlops-report-figure:N`. */
  github: string | null
  /** The answer as the graders' hand-in renders it, where the core finds that differs from GitHub's rendering; else null (the same). */
  handin: string | null
  /** The passages it shares with other reports (marked in both renderings). */
  shared: Array<{label: string; href: string | null; sharedWords: number}>
}

/** What a question's page receives (its module adds `figureUrls`). */
export interface QuestionPageData {
  number: number
  /** The question's heading and prompt as the first report that has it words them. */
  heading: string
  prompt: string
  permalink: string
  indexPermalink: string
  previous: {number: number; permalink: string} | null
  next: {number: number; permalink: string} | null
  /** The Python-Markdown release the hand-in rendering is that of, as people name it. */
  handinVersion: string
  /** Whether answers were compared for shared passages. */
  compared: boolean
  answers: QuestionAnswer[]
}

export interface QuestionPageProps extends QuestionPageData {
  figureUrls: string[]
}

export interface LoadedQuestion {
  data: QuestionPageData
  /** Absolute paths of the figures its answers show, in token order. */
  figures: string[]
}

/** The question pages' addresses, by number. */
export function questionPermalink(base: string, question: number): string {
  return `${base.replace(/\/$/, '')}/questions/${question}`
}

export function questionPages(
  reports: Array<{loaded: LoadedReport; text: string; shared: ReadonlyMap<number, SharedMark[]> | null}>,
  base: string,
  indexPermalink: string,
  pythonMarkdown: PythonMarkdownVersion,
  /** Whether the answers were compared for shared passages. */
  compared: boolean
): LoadedQuestion[] {
  const numbers = [...new Set(reports.flatMap(({loaded}) => loaded.result.questions.map((question) => question.number)))].sort((a, b) => a - b)
  return numbers.map((number, at) => {
    const figures: string[] = []
    const byPath = new Map<string, number>()
    // A report's figure N is this page's figure M: the same file once, whichever answers show it.
    const renumber = (html: string, reportFigures: string[]) =>
      html.replace(/mlops-report-figure:(\d+)/g, (_, index: string) => {
        const path = reportFigures[Number(index)]!
        let own = byPath.get(path)
        if (own === undefined) {
          own = figures.push(path) - 1
          byPath.set(path, own)
        }
        return `mlops-report-figure:${own}`
      })
    let heading = `Question ${number}`
    let prompt = ''
    const answers = reports.flatMap(({loaded, text, shared}, position): QuestionAnswer[] => {
      const question = loaded.result.questions.find((candidate) => candidate.number === number)
      if (!question) return []
      if (!prompt && question.promptRange) {
        heading = question.heading ?? heading
        // Shown as text: a link's words, not its markdown (the template links an example figure).
        prompt = questionPrompt(text, question).replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      }
      const answer = loaded.answers.find((candidate) => candidate.question === number)
      const {words, images} = question.constraints
      return [
        {
          report: loaded.data.title,
          source: loaded.data.source,
          permalink: `${loaded.data.permalink}#question-${number}`,
          position,
          pass: question.pass,
          estimated: question.estimated,
          verdict: questionVerdict(question),
          unanswered: question.unanswered,
          words: question.words,
          images: question.images,
          wordRange: words ? formatRange(words) : null,
          imageRange: images ? formatRange(images) : null,
          figures: describeFigures(question),
          github: answer ? renumber(answer.github, loaded.figures) : null,
          handin: answer?.handin ? renumber(answer.handin, loaded.figures) : null,
          shared: (shared?.get(number) ?? []).map((mark) => ({label: mark.other.label, href: mark.other.href, sharedWords: mark.sharedWords}))
        }
      ]
    })
    const neighbour = (other: number | undefined) => (other === undefined ? null : {number: other, permalink: questionPermalink(base, other)})
    return {
      data: {
        number,
        heading,
        prompt,
        permalink: questionPermalink(base, number),
        indexPermalink,
        previous: neighbour(numbers[at - 1]),
        next: neighbour(numbers[at + 1]),
        handinVersion: pythonMarkdownVersionNames[pythonMarkdown],
        compared,
        answers
      },
      figures
    }
  })
}
