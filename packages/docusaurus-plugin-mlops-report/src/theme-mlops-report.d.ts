/** The plugin's theme components, for sites that swizzle them in TypeScript. */

declare module '@theme/MlopsReportPage' {
  import type {ReactNode} from 'react'
  import type {ReportPageData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    /** The report, with its published figures' URLs (`figureUrls`, by the N of `mlops-report-figure:N`). */
    readonly report: ReportPageData
  }
  export default function MlopsReportPage(props: Props): ReactNode
}

declare module '@theme/MlopsReportIndex' {
  import type {ReactNode} from 'react'
  import type {ReportIndexData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly index: ReportIndexData
  }
  export default function MlopsReportIndex(props: Props): ReactNode
}

declare module '@theme/MlopsReportStatus' {
  import type {ReactNode} from 'react'
  import type {ReportPageData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly report: Pick<ReportPageData, 'errors' | 'warnings' | 'figureProblems'>
  }
  export default function MlopsReportStatus(props: Props): ReactNode
}

declare module '@theme/MlopsReportChecklist' {
  import type {ReactNode} from 'react'
  import type {ReportPageData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly groups: ReportPageData['checklist']
  }
  export default function MlopsReportChecklist(props: Props): ReactNode
}

declare module '@theme/MlopsReportOutline' {
  import type {ReactNode} from 'react'
  import type {ReportPageData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly questions: ReportPageData['questions']
  }
  export default function MlopsReportOutline(props: Props): ReactNode
}

declare module '@theme/MlopsReportQuestion' {
  import type {ReactNode} from 'react'
  import type {QuestionPageProps} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    /** Every group's answer to the question, with its published figures' URLs (`figureUrls`, by the N of `mlops-report-figure:N`). */
    readonly question: QuestionPageProps
  }
  export default function MlopsReportQuestion(props: Props): ReactNode
}

declare module '@theme/MlopsReportSortableTable' {
  import type {HTMLAttributes, ReactNode, TdHTMLAttributes} from 'react'

  export interface Column<Row> {
    key: string
    label: ReactNode
    /** What the column sorts by; `position` is the row's place in `rows`. */
    sortValue: (row: Row, position: number) => number | string
    cell: (row: Row) => ReactNode
    cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, string>
  }

  export interface Props<Row> {
    readonly columns: ReadonlyArray<Column<Row>>
    readonly rows: readonly Row[]
    readonly rowKey: (row: Row) => string
    readonly rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>
    readonly caption?: ReactNode
    /** Default: the first column, ascending. */
    readonly initialSort?: {key: string; ascending: boolean}
  }
  export default function MlopsReportSortableTable<Row>(props: Props<Row>): ReactNode
}

declare module '@theme/MlopsReportScoreboard' {
  import type {ReactNode} from 'react'
  import type {ScoreboardData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly scoreboard: ScoreboardData
  }
  export default function MlopsReportScoreboard(props: Props): ReactNode
}

declare module '@theme/MlopsReportEvidence' {
  import type {ReactNode} from 'react'
  import type {ItemEvidenceData} from 'docusaurus-plugin-mlops-report'

  export interface Props {
    readonly items: readonly ItemEvidenceData[]
  }
  export default function MlopsReportEvidence(props: Props): ReactNode
}
