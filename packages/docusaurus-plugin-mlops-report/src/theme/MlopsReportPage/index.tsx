import Link from '@docusaurus/Link'
import useBrokenLinks from '@docusaurus/useBrokenLinks'
import Layout from '@theme/Layout'
import MlopsReportChecklist from '@theme/MlopsReportChecklist'
import MlopsReportOutline from '@theme/MlopsReportOutline'
import type {Props} from '@theme/MlopsReportPage'
import MlopsReportEvidence from '@theme/MlopsReportEvidence'
import MlopsReportStatus from '@theme/MlopsReportStatus'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

/**
 * One report: its standing, the checklist's progress, then the report as
 * GitHub renders it with the course checker's verdict under each question.
 * The HTML was sanitized when the site was built; only the figures' URLs,
 * which the bundler chose, are put in here.
 */
export default function MlopsReportPage({report}: Props): ReactNode {
  // The questions' places are in the rendered HTML, which Docusaurus's link check cannot read: links from question pages land on them.
  const brokenLinks = useBrokenLinks()
  for (const question of report.questions) brokenLinks.collectAnchor(`question-${question.number}`)
  const html = report.html.replace(/mlops-report-figure:(\d+)/g, (_, index: string) => report.figureUrls[Number(index)] ?? '')
  return (
    <Layout title={report.title} description={`${report.title}: ${report.passed} of ${report.total} questions pass the course checker`}>
      <main className="container margin-vert--lg">
        {report.indexPermalink && (
          <nav className="margin-bottom--md">
            <Link to={report.indexPermalink}>← All reports</Link>
          </nav>
        )}
        <header className={styles.header}>
          <p className={styles.source}>
            <code>{report.source}</code>
          </p>
          <MlopsReportStatus report={report} />
          <MlopsReportChecklist groups={report.checklist} />
          {report.evidence ? <MlopsReportEvidence items={report.evidence} /> : null}
        </header>
        <div className={styles.layout}>
          <aside className={styles.aside}>
            <MlopsReportOutline questions={report.questions} />
          </aside>
          {/* Sanitized by rehype-sanitize when the site was built (see @mlops-report/report-html). */}
          <article className={`markdown ${styles.report}`} dangerouslySetInnerHTML={{__html: html}} />
        </div>
      </main>
    </Layout>
  )
}
