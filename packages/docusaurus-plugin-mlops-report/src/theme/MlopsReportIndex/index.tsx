import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import type {Props} from '@theme/MlopsReportIndex'
import {type ReactNode, useMemo, useState} from 'react'
import styles from './styles.module.css'

type Report = Props['index']['reports'][number]
type Column = 'title' | 'passed' | 'failing' | 'figureProblems' | 'errors' | 'warnings' | 'shared' | 'commit'

const columns: Array<{key: Column; label: string; value: (report: Report, position: number) => number | string}> = [
  // The plugin lists the reports by title as people sort names (group_2 before group_10): that order is the title's.
  {key: 'title', label: 'Report', value: (_report, position) => position},
  {key: 'passed', label: 'Passed', value: (report) => (report.officialError ? -1 : report.passed / Math.max(report.total, 1))},
  {key: 'failing', label: 'Failing questions', value: (report) => report.failing.length},
  {key: 'figureProblems', label: 'Figure problems', value: (report) => report.figureProblems},
  {key: 'errors', label: 'Errors', value: (report) => report.errors},
  {key: 'warnings', label: 'Warnings', value: (report) => report.warnings}
]

/** Shown when answers were compared: how many of a report's answers share a passage with another report. */
const sharedColumn = {key: 'shared' as const, label: 'Answers with shared passages', value: (report: Report) => report.shared ?? 0}

/** Shown when the reports come from `mlops-report course`: the commit each was judged at. */
const commitColumn = {
  key: 'commit' as const,
  label: 'Commit at the deadline',
  value: (report: Report) => (report.commit ? Date.parse(report.commit.committed) : 0)
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
  const [sort, setSort] = useState<{key: Column; ascending: boolean}>({key: 'title', ascending: true})
  const showCommits = index.reports.some((report) => report.commit)
  const shown = useMemo(() => [...columns, ...(index.compared ? [sharedColumn] : []), ...(showCommits ? [commitColumn] : [])], [index.compared, showCommits])
  const rows = useMemo(() => {
    const value = shown.find((column) => column.key === sort.key)!.value
    const position = new Map(index.reports.map((report, at) => [report, at]))
    return [...index.reports].sort((a, b) => {
      const [x, y] = [value(a, position.get(a)!), value(b, position.get(b)!)]
      const order = x < y ? -1 : x > y ? 1 : 0
      return sort.ascending ? order : -order
    })
  }, [index.reports, sort, shown])
  const passing = index.reports.filter((report) => report.passes).length
  return (
    <Layout title={index.title} description={`${index.reports.length} course reports`}>
      <main className="container margin-vert--lg">
        <h1>{index.title}</h1>
        <p>
          {index.reports.length} reports; {passing} pass every question of the course checker.
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
        <div className={styles.wrapper}>
          <table className={styles.table}>
            <thead>
              <tr>
                {shown.map((column) => (
                  <th key={column.key} aria-sort={sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                    <button
                      type="button"
                      className={styles.sort}
                      onClick={() => setSort({key: column.key, ascending: sort.key === column.key ? !sort.ascending : true})}
                    >
                      {column.label}
                      {sort.key === column.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((report) => (
                <tr key={report.permalink} data-report={report.source}>
                  <td className={styles.title}>
                    <Link to={report.permalink}>{report.title}</Link>
                  </td>
                  {/* Each figure once, in its column: the row of a typical group is one line. */}
                  <td data-status={report.passes ? 'pass' : 'fail'} className={report.passes ? styles.pass : styles.fail}>
                    {report.officialError ? 'checker stops' : `${report.passed}/${report.total}`}
                  </td>
                  <td>{report.failing.join(', ') || '–'}</td>
                  <td>{report.figureProblems}</td>
                  <td>{report.errors}</td>
                  <td>{report.warnings}</td>
                  {index.compared ? <td>{report.shared ?? 0}</td> : null}
                  {showCommits ? (
                    <td>
                      <CommitCell commit={report.commit} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  )
}
