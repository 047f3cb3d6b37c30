import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import type {Props} from '@theme/MlopsReportScoreboard'
import MlopsReportSortableTable from '@theme/MlopsReportSortableTable'
import type {Column} from '@theme/MlopsReportSortableTable'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

type Group = Props['scoreboard']['groups'][number]
type Figures = Group['figures']

/** The report's questions as the leaderboard counts completion: the newest checker's 31 less its warnings. */
const QUESTIONS = 31

const missing = '–'
/** Unknown figures sort below every known one. */
const known = (value: number | null | undefined): number => value ?? Number.NEGATIVE_INFINITY
const shown = (value: number | null, digits = 0): string => (value === null ? missing : value.toFixed(digits))
const yesNo = (value: boolean | null): string => (value === null ? missing : value ? 'yes' : 'no')
const asNumber = (value: boolean | null): number => (value === null ? -1 : value ? 1 : 0)

/** Commits by hour of each day, from the first commit: a cell per hour, darker for more, with the figures said in words. */
export function ActivityMap({matrix}: {matrix: Figures['activity_matrix']}): ReactNode {
  if (!matrix || matrix.length === 0) return missing
  const most = Math.max(1, ...matrix.flat())
  const total = matrix.flat().reduce((sum, value) => sum + value, 0)
  let busiest = {day: 0, hour: 0, commits: 0}
  for (const [day, hours] of matrix.entries()) {
    for (const [hour, commits] of hours.entries()) if (commits > busiest.commits) busiest = {day, hour, commits}
  }
  const label = `${total} ${total === 1 ? 'commit' : 'commits'} over ${matrix.length} ${matrix.length === 1 ? 'day' : 'days'} from the first; most in one hour: ${busiest.commits}, on day ${busiest.day + 1} at ${String(busiest.hour).padStart(2, '0')}:00 UTC`
  const cell = 4
  return (
    <svg
      className={styles.activity}
      role="img"
      aria-label={label}
      width={24 * cell}
      height={matrix.length * cell}
      viewBox={`0 0 ${24 * cell} ${matrix.length * cell}`}
    >
      <title>{label}</title>
      <rect className={styles.activityEmpty} width={24 * cell} height={matrix.length * cell} />
      {matrix.flatMap((hours, day) =>
        hours.map((commits, hour) =>
          commits > 0 ? (
            <rect
              key={`${day}-${hour}`}
              className={styles.activityCell}
              x={hour * cell}
              y={day * cell}
              width={cell}
              height={cell}
              fillOpacity={0.25 + (0.75 * commits) / most}
            />
          ) : null
        )
      )}
    </svg>
  )
}

/** Each contributor's commits, largest first, as bars beside each other. */
export function ContributionBars({counts}: {counts: Figures['contributions_per_contributor']}): ReactNode {
  if (!counts || counts.length === 0) return missing
  const most = Math.max(1, ...counts)
  const width = 6
  const height = 24
  const label = `Commits per contributor: ${counts.join(', ')}`
  return (
    <svg
      className={styles.bars}
      role="img"
      aria-label={label}
      width={counts.length * (width + 2)}
      height={height}
      viewBox={`0 0 ${counts.length * (width + 2)} ${height}`}
    >
      <title>{label}</title>
      {counts.map((count, at) => {
        const bar = Math.max(1, Math.round((height * count) / most))
        return <rect key={at} className={styles.bar} x={at * (width + 2)} y={height - bar} width={width} height={bar} />
      })}
    </svg>
  )
}

const groupColumn: Column<Group> = {
  key: 'group',
  label: 'Group',
  // The plugin's order: as people sort names (group_2 before group_10).
  sortValue: (_group, position) => position,
  cell: (group) => <Link to={group.permalink}>{group.title}</Link>,
  cellProps: () => ({className: styles.group})
}

function figure(key: string, label: string, value: (figures: Figures) => number | null, digits = 0): Column<Group> {
  return {key, label, sortValue: (group) => known(value(group.figures)), cell: (group) => shown(value(group.figures), digits)}
}

function flagColumn(key: string, label: string, value: (figures: Figures) => boolean | null): Column<Group> {
  return {key, label, sortValue: (group) => asNumber(value(group.figures)), cell: (group) => yesNo(value(group.figures))}
}

const baseColumns: Array<Column<Group>> = [
  groupColumn,
  figure('size', 'Group size', (figures) => figures.group_size),
  figure('contributors', 'Contributors', (figures) => figures.num_contributors),
  figure('total', 'Total commits', (figures) => figures.total_commits),
  figure('main', 'Commits to main', (figures) => figures.num_commits_to_main),
  {
    key: 'contributions',
    label: 'Contributions',
    sortValue: (group) => known(group.figures.contributions_per_contributor?.[0]),
    cell: (group) => <ContributionBars counts={group.figures.contributions_per_contributor} />
  },
  figure('prs', 'Pull requests', (figures) => figures.num_prs),
  figure('acmlMain', 'Message length (main)', (figures) => figures.average_commit_length_to_main, 1),
  figure('acml', 'Message length (all)', (figures) => figures.average_commit_length, 1),
  {
    key: 'latest',
    label: 'Latest commit',
    sortValue: (group) => (group.figures.latest_commit ? Date.parse(group.figures.latest_commit) : Number.NEGATIVE_INFINITY),
    cell: (group) =>
      group.figures.latest_commit ? (
        <time className={styles.date} dateTime={group.figures.latest_commit}>
          {group.figures.latest_commit.slice(0, 16).replace('T', ' ')}
        </time>
      ) : (
        missing
      )
  },
  {
    key: 'activity',
    label: 'Commit activity',
    sortValue: (group) => known(group.figures.total_commits),
    cell: (group) => <ActivityMap matrix={group.figures.activity_matrix} />
  }
]

const contentColumns: Array<Column<Group>> = [
  groupColumn,
  figure('python', 'Python files', (figures) => figures.num_python_files),
  figure('docker', 'Docker files', (figures) => figures.num_docker_files),
  figure('workflows', 'Workflow files', (figures) => figures.num_workflow_files),
  flagColumn('requirements', 'Requirements file', (figures) => figures.has_requirements_file),
  flagColumn('cloudbuild', 'Cloud Build', (figures) => figures.has_cloudbuild),
  flagColumn('dvc', 'DVC', (figures) => figures.using_dvc),
  figure('size', 'Repository size (MiB)', (figures) => figures.repo_size, 2),
  flagColumn('actions', 'Actions passing', (figures) => figures.actions_passing),
  figure('readme', 'README words', (figures) => figures.readme_length),
  figure('completion', 'Report completion', (figures) => (figures.num_warnings === null ? null : QUESTIONS - figures.num_warnings)),
  {
    key: 'ticked',
    label: 'Checklist ticked',
    sortValue: (group) => known(group.figures.checklist_ticked),
    cell: (group) => (group.figures.checklist_ticked === null ? missing : `${group.figures.checklist_ticked}/${group.figures.checklist_items ?? missing}`)
  },
  {
    key: 'unsupported',
    label: 'Ticks without evidence',
    sortValue: (group) => known(group.figures.checklist_unsupported),
    cell: (group) => shown(group.figures.checklist_unsupported),
    cellProps: (group) => ((group.figures.checklist_unsupported ?? 0) > 0 ? {className: styles.unsupported} : {})
  }
]

/**
 * The course scraper's leaderboard, from the repositories at the deadline:
 * its two tables, sortable, with the checklist's ticks and the ticks the
 * repository does not show; each group links to its report.
 */
export default function MlopsReportScoreboard({scoreboard}: Props): ReactNode {
  return (
    <Layout title={`Scoreboard: ${scoreboard.title}`} description={`${scoreboard.groups.length} groups' repositories at the deadline`}>
      <main className="container margin-vert--lg">
        <nav className="margin-bottom--md">
          <Link to={scoreboard.indexPermalink}>← All reports</Link>
        </nav>
        <h1>Scoreboard</h1>
        <p>
          Each group's repository at the deadline, as the course's own scraper counts it, read from git by <code>mlops-report course</code>. None of it decides
          a grade. "Actions passing" needs GitHub's API and is not known here; message lengths are the commit messages' mean length in characters; commit
          activity is each day from the first commit (a row) by hour (UTC, a column).
        </p>
        <h2 id="base-statistics">Base statistics</h2>
        <MlopsReportSortableTable columns={baseColumns} rows={scoreboard.groups} rowKey={(group) => group.permalink} caption="Commits and contributors" />
        <h2 id="content-statistics">Content statistics</h2>
        <MlopsReportSortableTable
          columns={contentColumns}
          rows={scoreboard.groups}
          rowKey={(group) => group.permalink}
          caption="What the repository holds, and the report's checklist against it"
        />
      </main>
    </Layout>
  )
}
