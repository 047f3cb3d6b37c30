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
