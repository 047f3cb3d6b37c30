import {startLanguageServer} from './server.js'

startLanguageServer()
