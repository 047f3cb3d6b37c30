import {writeSync} from 'node:fs'

/** Descriptors that once refused a write: from then on everything goes through the stream, in order. */
const throughStream = new Set<number>()

/**
 * Writes straight to a file descriptor. `process.stdout` costs a few
 * milliseconds to set up (streams, and tty for a terminal) in a process whose
 * whole run is a few dozen; a write to the descriptor costs a system call.
 * A descriptor that is non-blocking and full (a pipe from a parent that made
 * it so) makes `writeSync` throw EAGAIN: the rest then goes through the
 * stream, which waits for the reader, so nothing is lost or reordered.
 */
export function writeToDescriptor(fd: 1 | 2, text: string): void {
  const stream = () => (fd === 1 ? process.stdout : process.stderr)
  if (throughStream.has(fd)) {
    stream().write(text)
    return
  }
  const bytes = Buffer.from(text)
  let written = 0
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written)
  } catch (error) {
    // A reader that went away (`| head`) wants no more.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return
    throughStream.add(fd)
    stream().write(bytes.subarray(written))
  }
}
