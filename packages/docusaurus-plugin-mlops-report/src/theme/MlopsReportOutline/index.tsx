import type {Props} from '@theme/MlopsReportOutline'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

function verdict(pass: boolean | null): {label: string; mark: string; status: string} {
  if (pass === true) return {label: 'passes', mark: '✓', status: 'pass'}
  if (pass === false) return {label: 'fails', mark: '✗', status: 'fail'}
  return {label: 'not checked: the course checker stops', mark: '?', status: 'unknown'}
}

/**
 * The questions in order, each with the course checker's verdict and a link
 * to its place in the report (whose heading then takes the focus). Failing
 * ones are marked by more than colour: a sign and the word.
 */
export default function MlopsReportOutline({questions}: Props): ReactNode {
  return (
    <nav className={styles.outline} aria-label="Questions and their verdicts">
      <h2 className={styles.title}>Questions</h2>
      <ol className={`clean-list ${styles.list}`}>
        {questions.map((question) => {
          const {label, mark, status} = verdict(question.pass)
          return (
            <li key={question.number} data-status={status}>
              <a className={styles[status]} href={`#question-${question.number}`}>
                <span aria-hidden="true">{mark}</span> Question {question.number}
                <span className={styles.verdict}> {label}</span>
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
