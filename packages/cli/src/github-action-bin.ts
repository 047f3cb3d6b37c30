import {runAction} from './github-action.js'

process.exitCode = runAction(process.env, {out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`)})
