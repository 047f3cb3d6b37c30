import {main} from './main.js'
import {outputPending} from './descriptor-output.js'

void main(process.argv.slice(2)).then((status) => {
  // Everything is written by now (synchronously), so end at once rather than
  // have Node tear the heap down first; output still queued in a stream
  // (a non-blocking pipe that was full) is left to drain.
  if (outputPending()) process.exitCode = status
  else process.exit(status)
})
