import type {Column, Props} from '@theme/MlopsReportSortableTable'
import {type ReactNode, useMemo, useState} from 'react'
import styles from './styles.module.css'

/**
 * A table sorted by the column whose header button was pressed last (again:
 * the other way round), its state in `aria-sort`. Rows come in the order
 * given, which the first column's `sortValue` usually restates.
 */
export default function MlopsReportSortableTable<Row>({columns, rows, rowKey, rowProps, caption, initialSort}: Props<Row>): ReactNode {
  const [sort, setSort] = useState<{key: string; ascending: boolean}>(initialSort ?? {key: columns[0]!.key, ascending: true})
  const sorted = useMemo(() => {
    const column: Column<Row> | undefined = columns.find((candidate) => candidate.key === sort.key)
    if (!column) return rows
    const position = new Map(rows.map((row, at) => [row, at]))
    return [...rows].sort((a, b) => {
      const [x, y] = [column.sortValue(a, position.get(a)!), column.sortValue(b, position.get(b)!)]
      const order = x < y ? -1 : x > y ? 1 : 0
      return sort.ascending ? order : -order
    })
  }, [rows, sort, columns])
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        {caption ? <caption className={styles.caption}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
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
          {sorted.map((row) => (
            <tr key={rowKey(row)} {...(rowProps ? rowProps(row) : {})}>
              {columns.map((column) => (
                <td key={column.key} {...(column.cellProps ? column.cellProps(row) : {})}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
