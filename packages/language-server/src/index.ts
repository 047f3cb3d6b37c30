export {startLanguageServer} from './server.js'
