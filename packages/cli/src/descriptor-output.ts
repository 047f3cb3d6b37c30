import {writeSync} from 'node:fs'

/** Descriptors that once refused a write: from then on everything goes through the stream, in order. */
const throughStream = new Set<number>()

/** Whether some output went to a stream and may not have reached its descriptor yet. */
export function outputPending(): boolean {
  return throughStream.size > 0
}

/**
 * Writes straight to a file descriptor. `process.stdout` costs a few
 * milliseconds to set up (streams, and tty for a terminal) in a process whose
 * whole run is a few dozen; a write to the descriptor costs a system call.
 * A descriptor that is non-blocking and full (a pipe from a parent that made
 * it so) writes part or throws EAGAIN: the rest then goes through the stream,
 * which waits for the reader, so nothing is lost or reordered.
 */
export function writeToDescriptor(fd: 1 | 2, text: string): void {
  const stream = () => (fd === 1 ? process.stdout : process.stderr)
  if (throughStream.has(fd)) {
    stream().write(text)
    return
  }
  let sent = 0
  let bytes: Buffer | undefined
  try {
    // A string goes down without a Buffer of our own; bytes are made only when a write falls short.
    sent = writeSync(fd, text)
    if (sent === Buffer.byteLength(text)) return
    bytes = Buffer.from(text)
    while (sent < bytes.length) sent += writeSync(fd, bytes, sent)
  } catch (error) {
    // A reader that went away (`| head`) wants no more.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return
    throughStream.add(fd)
    stream().write((bytes ?? Buffer.from(text)).subarray(sent))
  }
}

/** Standard output is written in pieces of at least this many characters. */
const FLUSH_AT = 64 * 1024

/**
 * The CLI's output on the process's descriptors. Standard output is gathered
 * and written in large pieces (a batch of reports makes one line per finding);
 * it is flushed before anything goes to standard error, so a terminal shows
 * both in the order they were said, and by `flush` at the end.
 */
export function descriptorOutput(): {out: (text: string) => void; err: (text: string) => void; flush: () => void} {
  let pending: string[] = []
  let size = 0
  const flush = () => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    size = 0
    writeToDescriptor(1, text)
  }
  return {
    out: (text) => {
      pending.push(text, '\n')
      size += text.length + 1
      if (size >= FLUSH_AT) flush()
    },
    err: (text) => {
      flush()
      writeToDescriptor(2, `${text}\n`)
    },
    flush
  }
}
