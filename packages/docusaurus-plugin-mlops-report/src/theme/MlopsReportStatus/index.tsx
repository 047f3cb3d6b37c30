import type {Props} from '@theme/MlopsReportStatus'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

/**
 * A report's findings counted, as badges: figure problems, errors, warnings.
 * The checker's verdict is said once, in the box above the report, and each
 * failing question in the outline and at the question.
 */
export default function MlopsReportStatus({report}: Props): ReactNode {
  return (
    <ul className={`clean-list ${styles.badges}`} aria-label="Report status">
      {report.figureProblems > 0 && (
        <li className={styles.warn}>
          {report.figureProblems} {report.figureProblems === 1 ? 'figure problem' : 'figure problems'}
        </li>
      )}
      <li className={report.errors > 0 ? styles.fail : styles.neutral} data-status={report.errors > 0 ? 'fail' : 'pass'}>
        {report.errors} {report.errors === 1 ? 'error' : 'errors'}
      </li>
      <li className={report.warnings > 0 ? styles.warn : styles.neutral}>
        {report.warnings} {report.warnings === 1 ? 'warning' : 'warnings'}
      </li>
    </ul>
  )
}
