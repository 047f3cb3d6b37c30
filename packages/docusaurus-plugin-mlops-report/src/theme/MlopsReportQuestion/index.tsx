import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import type {Props} from '@theme/MlopsReportQuestion'
import {type ReactNode, useEffect, useId, useMemo, useState} from 'react'
import styles from './styles.module.css'

type Answer = Props['question']['answers'][number]
type Order = 'index' | 'failing' | 'words'
type Rendering = 'handin' | 'github'

const orders: Array<{value: Order; label: string}> = [
  {value: 'index', label: 'As in the index'},
  {value: 'failing', label: 'Failing first'},
  {value: 'words', label: 'By word count, fewest first'}
]

/** Kept across question pages: a grader who reads GitHub's rendering on one question reads it on the next. */
const RENDERING_KEY = 'mlops-report-question-rendering'

const rank = (answer: Answer) => (answer.pass === false ? 0 : answer.pass === null ? 1 : 2)

function sorted(answers: Answer[], order: Order): Answer[] {
  if (order === 'index') return answers
  const by = order === 'failing' ? (a: Answer, b: Answer) => rank(a) - rank(b) : (a: Answer, b: Answer) => a.words - b.words
  return [...answers].sort((a, b) => by(a, b) || a.position - b.position)
}

/** Infima's alert colours: the theme's own, with their contrast in light and dark. */
const alertKind = {pass: 'success', fail: 'danger', unknown: 'warning'} as const

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange
}: {
  legend: string
  name: string
  value: T
  options: Array<{value: T; label: string}>
  onChange: (value: T) => void
}): ReactNode {
  return (
    <fieldset className={styles.choice}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  )
}

function AnswerEntry({answer, rendering, figureUrls}: {answer: Answer; rendering: Rendering; figureUrls: string[]}): ReactNode {
  const headingId = useId()
  const {label, state} = answer.verdict
  // No hand-in of its own where the core finds the hand-in renders the answer as GitHub does.
  const written = rendering === 'handin' ? (answer.handin ?? answer.github) : answer.github
  const html = written?.replace(/mlops-report-figure:(\d+)/g, (_, index: string) => figureUrls[Number(index)] ?? '')
  return (
    <li>
      <article className={styles.answer} aria-labelledby={headingId} data-report={answer.source}>
        <h2 id={headingId} className={styles.group}>
          <Link to={answer.permalink}>{answer.report}</Link>
        </h2>
        <p className={`alert alert--${alertKind[state]} ${styles.verdict}`} data-verdict={state}>
          <strong>{label}:</strong> {answer.estimated ? '≈ ' : ''}
          {answer.figures}
        </p>
        {answer.handin !== null && (
          <p className={styles.differs}>The graders' hand-in shows this answer differently from GitHub: compare with the switch above.</p>
        )}
        {answer.shared.length > 0 && (
          <p className={styles.shared}>
            Shares a passage with{' '}
            {answer.shared.map((other, at) => (
              <span key={`${other.label}-${at}`}>
                {at > 0 ? (at === answer.shared.length - 1 ? ' and ' : ', ') : ''}
                {other.href ? <Link to={other.href}>{other.label}</Link> : <cite>{other.label}</cite>} ({other.sharedWords} words)
              </span>
            ))}
            , marked below.
          </p>
        )}
        {/* Sanitized by rehype-sanitize when the site was built (see @mlops-report/report-html). */}
        {html ? (
          <div className={`markdown ${styles.text}`} dangerouslySetInnerHTML={{__html: html}} />
        ) : (
          <p className={styles.none}>{answer.unanswered ? 'Not answered: the template’s placeholder.' : 'No answer found.'}</p>
        )}
      </article>
    </li>
  )
}

/**
 * Every group's answer to one question, one after another: for graders who
 * mark a course question by question. The answers are shown as the graders'
 * hand-in renders them, or as GitHub does, in the index's order, failing
 * first or by word count.
 */
export default function MlopsReportQuestion({question}: Props): ReactNode {
  const [order, setOrder] = useState<Order>('index')
  const [rendering, setRendering] = useState<Rendering>('handin')
  useEffect(() => {
    if (window.localStorage.getItem(RENDERING_KEY) === 'github') setRendering('github')
  }, [])
  const choose = (value: Rendering) => {
    setRendering(value)
    window.localStorage.setItem(RENDERING_KEY, value)
  }
  const answers = useMemo(() => sorted(question.answers, order), [question.answers, order])
  const failing = question.answers.filter((answer) => answer.pass === false).length
  const sharing = question.answers.filter((answer) => answer.shared.length > 0).length
  const title = `${question.heading}: every group's answer`
  return (
    <Layout
      title={title}
      description={`${question.answers.length} answers to ${question.heading}; ${failing} ${failing === 1 ? 'fails' : 'fail'} the course checker`}
    >
      <main className="container margin-vert--lg">
        <nav className={styles.nav} aria-label="Questions">
          <Link to={question.indexPermalink}>All reports</Link>
          {question.previous ? (
            <Link to={question.previous.permalink} rel="prev">
              ← Question {question.previous.number}
            </Link>
          ) : null}
          {question.next ? (
            <Link to={question.next.permalink} rel="next">
              Question {question.next.number} →
            </Link>
          ) : null}
        </nav>
        <h1>{title}</h1>
        {question.prompt ? <p className={styles.prompt}>{question.prompt}</p> : null}
        <p>
          {question.answers.length} {question.answers.length === 1 ? 'report' : 'reports'}; {failing} {failing === 1 ? 'fails' : 'fail'} the course checker
          {question.compared ? `; ${sharing} ${sharing === 1 ? 'shares' : 'share'} a passage with another report` : ''}.
        </p>
        <div className={styles.controls}>
          <Choice legend="Order" name="order" value={order} options={orders} onChange={setOrder} />
          <Choice
            legend="Rendering"
            name="rendering"
            value={rendering}
            options={[
              {value: 'handin', label: `The graders' hand-in (report.py html, ${question.handinVersion})`},
              {value: 'github', label: 'GitHub'}
            ]}
            onChange={choose}
          />
        </div>
        <ol className={`clean-list ${styles.answers}`} aria-label={`Answers to ${question.heading}`}>
          {answers.map((answer) => (
            <AnswerEntry key={answer.permalink} answer={answer} rendering={rendering} figureUrls={question.figureUrls} />
          ))}
        </ol>
      </main>
    </Layout>
  )
}
