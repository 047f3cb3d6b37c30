/**
 * The course scraper's rules for its tree figures (`tools/repo_stats`,
 * `RepoContent`), over each path of the recursive tree. `mlops-report course`
 * counts its figures with them and the checklist's evidence uses the same
 * rules for the items they speak for, so both say the same of a repository.
 */

import {baseName} from './base-name.js'

export const scraperPaths = {
  /** `num_docker_files`: a path containing `Dockerfile` or `.dockerfile`. */
  dockerFile: (path: string) => path.includes('Dockerfile') || path.includes('.dockerfile'),
  /** `num_python_files`: a path containing `.py`. */
  pythonFile: (path: string) => path.includes('.py'),
  /** `num_workflow_files`: under `.github/workflows/`, ending `.yml` or `.yaml`. */
  workflowFile: (path: string) => path.startsWith('.github/workflows/') && (path.endsWith('.yml') || path.endsWith('.yaml')),
  /** `has_requirements_file`: a path containing `requirements.txt`. */
  requirementsFile: (path: string) => path.includes('requirements.txt'),
  /** `has_cloudbuild`: a base name `cloudbuild.yaml`. */
  cloudbuild: (path: string) => baseName(path) === 'cloudbuild.yaml',
  /** `using_dvc`: a path containing `.dvc`. */
  dvc: (path: string) => path.includes('.dvc')
} as const
