import {type ImportCommand, mainAsProcess} from './main.js'
import {outputPending} from './descriptor-output.js'

/** Runs the CLI as this process, then ends it. Called by the launcher (launch.ts). */
export function start(argv: string[], importCommand: ImportCommand): void {
  void mainAsProcess(argv, importCommand).then((status) => {
    // Everything is written by now (synchronously), so end at once rather than
    // have Node tear the heap down first; output still queued in a stream
    // (a non-blocking pipe that was full) is left to drain.
    if (outputPending()) process.exitCode = status
    else process.exit(status)
  })
}
