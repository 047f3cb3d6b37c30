import type {Props} from '@theme/MlopsReportStatus'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

/** A report's standing as badges: the course checker's total, failing questions, errors, warnings, figures. */
export default function MlopsReportStatus({report}: Props): ReactNode {
  const {passes} = report
  return (
    <ul className={`clean-list ${styles.badges}`} aria-label="Report status">
      <li className={passes ? styles.pass : styles.fail} data-status={passes ? 'pass' : 'fail'}>
        {report.officialError ? 'The course checker stops' : `${report.passed}/${report.total} pass`}
      </li>
      {report.failing.length > 0 && (
        <li className={styles.fail}>
          {report.failing.length === 1 ? 'Question' : 'Questions'} {report.failing.join(', ')} {report.failing.length === 1 ? 'fails' : 'fail'}
        </li>
      )}
      {report.figureProblems > 0 && (
        <li className={styles.warn}>
          {report.figureProblems} {report.figureProblems === 1 ? 'figure problem' : 'figure problems'}
        </li>
      )}
      <li className={report.errors > 0 ? styles.fail : styles.neutral}>
        {report.errors} {report.errors === 1 ? 'error' : 'errors'}
      </li>
      <li className={report.warnings > 0 ? styles.warn : styles.neutral}>
        {report.warnings} {report.warnings === 1 ? 'warning' : 'warnings'}
      </li>
    </ul>
  )
}
