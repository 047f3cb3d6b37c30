import type {Props} from '@theme/MlopsReportOutline'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

/** Said after the question's number: a sign, and for a question that does not pass, the word too. */
function verdict(pass: boolean | null): {text: string; status: string} {
  if (pass === true) return {text: '✓', status: 'pass'}
  if (pass === false) return {text: '✗ fails', status: 'fail'}
  return {text: '? not checked', status: 'unknown'}
}

/**
 * The questions in order, each with the course checker's verdict and a link
 * to its place in the report (whose heading then takes the focus). Failing
 * ones are marked by more than colour: a sign and the word. Kept to a few
 * bytes an item: it is on every report page.
 */
export default function MlopsReportOutline({questions}: Props): ReactNode {
  return (
    <nav className={styles.outline} aria-label="Questions and their verdicts">
      <h2 className={styles.title}>Questions</h2>
      <ol className={`clean-list ${styles.list}`}>
        {questions.map((question) => {
          const {text, status} = verdict(question.pass)
          return (
            <li key={question.number}>
              {/* One text node: React separates adjacent ones with comments. */}
              <a data-status={status} href={`#question-${question.number}`}>{`Question ${question.number} ${text}`}</a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
