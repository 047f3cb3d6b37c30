/**
 * The plugin's options, validated with Docusaurus's own Joi so that a wrong
 * one fails the build with a message that names it.
 */

import type {OptionValidationContext} from '@docusaurus/types'
import {DEFAULT_PLUGIN_ID} from '@docusaurus/utils'
import {defaultPythonMarkdownVersion, type PythonMarkdownVersion, pythonMarkdownVersions} from '@mlops-report/core'
import {Joi, RouteBasePathSchema} from '@docusaurus/utils-validation'

export interface PluginOptions {
  id: string
  /**
   * The reports: paths or globs relative to the site's folder. A folder
   * means its reports/README.md (a repository clone), else its README.md, e.g. `../reports` or `../groups/*\/reports`.
   */
  reports: string[]
  /** Where the pages go: one report at this path, several below it with an index here. */
  routeBasePath: string
  /** `official`: the course's tables. `text`: each question's limits read from its own wording. */
  constraints: 'official' | 'text'
  /** Check as this template generation instead of the one each report shows. */
  generation: 31 | 27 | null
  /**
   * The Python-Markdown release the graders' hand-in is judged and shown
   * under: `'3.7'` (the course's grading tools pin it), `'3.10'` or `'3.4-debian'`.
   */
  pythonMarkdown: PythonMarkdownVersion
  /** The index page's title. */
  indexTitle: string
  /** A report's title by its shown path (default: its first `#` heading, else its folder). */
  titles: Record<string, string>
  /** The folder that reports' paths are shown relative to (default: the site's folder). */
  sourceDir: string | null
  /**
   * Earlier reports (last year's, paths or globs as `reports`) that every
   * answer is compared with, besides the other reports of the site: a
   * passage an answer shares is marked and the index counts them.
   */
  compareWith: string[]
}

export type Options = Partial<Omit<PluginOptions, 'reports' | 'compareWith'>> & {reports: string | string[]; compareWith?: string | string[]}

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'reports'> = {
  id: DEFAULT_PLUGIN_ID,
  routeBasePath: 'reports',
  constraints: 'official',
  generation: null,
  pythonMarkdown: defaultPythonMarkdownVersion,
  indexTitle: 'Reports',
  titles: {},
  sourceDir: null,
  compareWith: []
}

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  reports: Joi.alternatives()
    .try(Joi.string().min(1), Joi.array().items(Joi.string().min(1)).min(1))
    .custom((value: string | string[]) => (Array.isArray(value) ? value : [value]))
    .required()
    .messages({'any.required': '"reports" is required: the paths or globs of the reports to publish, e.g. "../reports"'}),
  routeBasePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.routeBasePath),
  constraints: Joi.string().valid('official', 'text').default(DEFAULT_OPTIONS.constraints),
  generation: Joi.number().valid(31, 27).allow(null).default(DEFAULT_OPTIONS.generation),
  pythonMarkdown: Joi.string()
    .valid(...pythonMarkdownVersions)
    .default(DEFAULT_OPTIONS.pythonMarkdown),
  indexTitle: Joi.string().default(DEFAULT_OPTIONS.indexTitle),
  titles: Joi.object().pattern(Joi.string(), Joi.string()).default(DEFAULT_OPTIONS.titles),
  sourceDir: Joi.string().allow(null).default(DEFAULT_OPTIONS.sourceDir),
  compareWith: Joi.alternatives()
    .try(Joi.string().min(1), Joi.array().items(Joi.string().min(1)))
    .custom((value: string | string[]) => (Array.isArray(value) ? value : [value]))
    .default(DEFAULT_OPTIONS.compareWith)
})

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options)
}
