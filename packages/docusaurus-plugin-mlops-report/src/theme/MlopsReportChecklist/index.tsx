import type {Props} from '@theme/MlopsReportChecklist'
import type {ReactNode} from 'react'
import styles from './styles.module.css'

/** The checklist's progress per heading (per week), as bars. */
export default function MlopsReportChecklist({groups}: Props): ReactNode {
  if (groups.length === 0) return null
  return (
    <section className={styles.checklist} aria-label="Checklist progress">
      {groups.map(({group, done, total}) => (
        <div key={group} className={styles.row}>
          <span className={styles.label}>{group}</span>
          <progress className={styles.bar} value={done} max={total} aria-label={`${group}: ${done} of ${total} done`} />
          <span className={styles.count}>
            {done}/{total}
          </span>
        </div>
      ))}
    </section>
  )
}
