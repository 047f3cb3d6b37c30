/**
 * A small LSP client over stdio for tests: Content-Length framing, requests
 * with ids, notifications, and answers to the server's own requests (a client
 * that advertises workspace.configuration must answer it, with `[{}]`).
 */

import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'

interface Message {
  jsonrpc: '2.0'
  id?: number | string
  method?: string
  params?: unknown
  result?: unknown
  error?: {code: number; message: string}
}

export class LspClient {
  readonly #process: ChildProcessWithoutNullStreams
  #buffer = Buffer.alloc(0)
  #nextId = 1
  readonly #pending = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>()
  readonly #notifications: Message[] = []
  readonly #waiters: Array<{test: (message: Message) => boolean; resolve: (message: Message) => void}> = []
  stderr = ''

  constructor(command: string, args: string[], cwd: string) {
    this.#process = spawn(command, args, {cwd, stdio: 'pipe'})
    this.#process.stdout.on('data', (chunk: Buffer) => this.#receive(chunk))
    this.#process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
  }

  #send(message: Message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.#process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    this.#process.stdin.write(body)
  }

  #receive(chunk: Buffer) {
    this.#buffer = Buffer.concat([this.#buffer, chunk])
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1])
      if (this.#buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length)
      this.#dispatch(message)
    }
  }

  #dispatch(message: Message) {
    if (message.method && message.id !== undefined) {
      // A request from the server.
      const result = message.method === 'workspace/configuration' ? ((message.params as {items: unknown[]}).items ?? []).map(() => ({})) : null
      this.#send({jsonrpc: '2.0', id: message.id, result})
      return
    }
    if (message.method) {
      const waiter = this.#waiters.findIndex((candidate) => candidate.test(message))
      if (waiter === -1) this.#notifications.push(message)
      else this.#waiters.splice(waiter, 1)[0]!.resolve(message)
      return
    }
    const pending = this.#pending.get(message.id as number)
    if (!pending) return
    this.#pending.delete(message.id as number)
    if (message.error) pending.reject(new Error(message.error.message))
    else pending.resolve(message.result)
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      this.#send({jsonrpc: '2.0', id, method, params})
    })
  }

  notify(method: string, params: unknown): void {
    this.#send({jsonrpc: '2.0', method, params})
  }

  /** The next notification that passes `test`, including ones already received. */
  nextNotification(test: (message: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    const queued = this.#notifications.findIndex(test)
    if (queued !== -1) return Promise.resolve(this.#notifications.splice(queued, 1)[0]!)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching notification within ${timeoutMs} ms; server stderr:\n${this.stderr}`)), timeoutMs)
      this.#waiters.push({
        test,
        resolve: (message) => {
          clearTimeout(timer)
          resolve(message)
        }
      })
    })
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.#process.once('exit', resolve))
    try {
      await this.request('shutdown', null)
      this.notify('exit', null)
    } catch {
      this.#process.kill()
    }
    return exited
  }
}
