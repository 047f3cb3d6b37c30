export {renderPythonMarkdown} from './markdown.js'
export type {RenderOptions} from './markdown.js'
export {PythonMarkdownFailure} from './failure.js'
export {PythonMarkdownHangs} from './html-extractor.js'
export {UnsupportedMarkup} from './html-parser.js'
export {PythonMarkdownRecursion} from './block-parser.js'
export {
  defaultPythonMarkdownVersion,
  describeVersions,
  isPythonMarkdownVersion,
  parsePythonMarkdownVersion,
  pythonMarkdownVersionNames,
  pythonMarkdownVersions,
  UnknownPythonMarkdownVersion
} from './versions.js'
export type {PythonMarkdownVersion} from './versions.js'
