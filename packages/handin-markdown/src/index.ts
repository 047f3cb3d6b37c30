export {renderPythonMarkdown} from './markdown.js'
export {PythonMarkdownHangs} from './html-extractor.js'
export {UnsupportedMarkup} from './html-parser.js'
