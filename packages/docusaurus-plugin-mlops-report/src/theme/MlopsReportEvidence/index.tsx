import type {Props} from '@theme/MlopsReportEvidence'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

type Item = Props['items'][number]

function Evidence({item}: {item: Item}): ReactNode {
  if (item.evidence === 'not checkable') return <span className={styles.unknown}>not checkable</span>
  if (item.evidence === 'none') {
    return <span className={item.ticked ? styles.none : styles.unknown}>{item.missing ?? `none: looked for ${item.lookedFor ?? 'nothing'}`}</span>
  }
  return (
    <span>
      found:{' '}
      {item.files.map((file, at) => (
        <span key={file}>
          {at > 0 ? ', ' : ''}
          <code>{file}</code>
        </span>
      ))}
      {item.moreFiles > 0 ? ` and ${item.moreFiles} more` : ''}
    </span>
  )
}

/** The report's checklist held against its repository at the deadline, as `mlops-report course` found it: item by item. */
export default function MlopsReportEvidence({items}: Props): ReactNode {
  if (items.length === 0) return null
  const unsupported = items.filter((item) => item.ticked && item.evidence === 'none').length
  return (
    <details className={styles.evidence}>
      <summary>
        The checklist against the repository: {items.filter((item) => item.ticked).length} of {items.length} ticked, {unsupported}{' '}
        {unsupported === 1 ? 'tick' : 'ticks'} without evidence
      </summary>
      <div className={styles.wrapper}>
        <table>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Ticked</th>
              <th scope="col">What the repository shows</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, at) => (
              <tr key={at} data-evidence={item.evidence}>
                <td>{item.item}</td>
                <td>{item.ticked ? 'yes' : 'no'}</td>
                <td>
                  <Evidence item={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
