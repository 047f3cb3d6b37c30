import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import type {Props} from '@theme/MlopsReportIndex'
import MlopsReportSortableTable from '@theme/MlopsReportSortableTable'
import type {Column} from '@theme/MlopsReportSortableTable'
import {type ReactNode, useMemo} from 'react'
import styles from './styles.module.css'

type Report = Props['index']['reports'][number]

const columns: Array<Column<Report>> = [
  // The plugin lists the reports by title as people sort names (group_2 before group_10): that order is the title's.
  {
    key: 'title',
    label: 'Report',
    sortValue: (_report, position) => position,
    cell: (report) => <Link to={report.permalink}>{report.title}</Link>,
    cellProps: () => ({className: styles.title})
  },
  // Each figure once, in its column: the row of a typical group is one line.
  {
    key: 'passed',
    label: 'Passed',
    sortValue: (report) => (report.officialError ? -1 : report.passed / Math.max(report.total, 1)),
    cell: (report) => (report.officialError ? 'checker stops' : `${report.passed}/${report.total}`),
    cellProps: (report) => ({'data-status': report.passes ? 'pass' : 'fail', className: report.passes ? styles.pass : styles.fail})
  },
  {key: 'failing', label: 'Failing questions', sortValue: (report) => report.failing.length, cell: (report) => report.failing.join(', ') || '–'},
  {key: 'figureProblems', label: 'Figure problems', sortValue: (report) => report.figureProblems, cell: (report) => report.figureProblems},
  {key: 'errors', label: 'Errors', sortValue: (report) => report.errors, cell: (report) => report.errors},
  {key: 'warnings', label: 'Warnings', sortValue: (report) => report.warnings, cell: (report) => report.warnings}
]

/** Shown when answers were compared: how many of a report's answers share a passage with another report. */
const sharedColumn: Column<Report> = {
  key: 'shared',
  label: 'Answers with shared passages',
  sortValue: (report) => report.shared ?? 0,
  cell: (report) => report.shared ?? 0
}

/** Shown when the reports come from `mlops-report course`: the commit each was judged at. */
const commitColumn: Column<Report> = {
  key: 'commit',
  label: 'Commit at the deadline',
  sortValue: (report) => (report.commit ? Date.parse(report.commit.committed) : 0),
  cell: (report) => <CommitCell commit={report.commit} />
}

/** A commit's page on GitHub, for a repository given as a GitHub URL. */
function commitUrl({repo, commit}: NonNullable<Report['commit']>): string | null {
  const match = /^https:\/\/github\.com\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(repo)
  return match ? `https://github.com/${match[1]}/${match[2]}/commit/${commit}` : null
}

function CommitCell({commit}: {commit: Report['commit']}): ReactNode {
  if (!commit) return '–'
  const short = <code>{commit.commit.slice(0, 7)}</code>
  const url = commitUrl(commit)
  return (
    <>
      {url ? <Link to={url}>{short}</Link> : short}{' '}
      <time className={styles.commitDate} dateTime={commit.committed}>
        {commit.committed.slice(0, 16).replace('T', ' ')}
      </time>
    </>
  )
}

/** A course at a glance: one row per report, sortable by any column, each linking to its page. */
export default function MlopsReportIndex({index}: Props): ReactNode {
  const showCommits = index.reports.some((report) => report.commit)
  const shown = useMemo(() => [...columns, ...(index.compared ? [sharedColumn] : []), ...(showCommits ? [commitColumn] : [])], [index.compared, showCommits])
  const passing = index.reports.filter((report) => report.passes).length
  return (
    <Layout title={index.title} description={`${index.reports.length} course reports`}>
      <main className="container margin-vert--lg">
        <h1>{index.title}</h1>
        <p>
          {index.reports.length} reports; {passing} pass every question of the course checker.
          {index.scoreboardPermalink ? (
            <>
              {' '}
              <Link to={index.scoreboardPermalink}>The scoreboard</Link>: each repository's figures and checklist at the deadline.
            </>
          ) : null}
        </p>
        {index.questions.length > 0 && (
          <nav aria-labelledby="mlops-report-questions">
            <h2 id="mlops-report-questions" className={styles.questionsTitle}>
              Question by question
            </h2>
            <ul className={`clean-list ${styles.questions}`}>
              {index.questions.map((question) => (
                <li key={question.number}>
                  <Link to={question.permalink}>Question {question.number}</Link>{' '}
                  <span className={styles.questionCounts}>
                    {question.failing} {question.failing === 1 ? 'fails' : 'fail'}
                    {index.compared && question.shared > 0 ? `, ${question.shared} shared` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <MlopsReportSortableTable
          columns={shown}
          rows={index.reports}
          rowKey={(report) => report.permalink}
          rowProps={(report) => ({'data-report': report.source})}
        />
      </main>
    </Layout>
  )
}
