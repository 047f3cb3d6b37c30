/**
 * Checks of open documents, one at a time per document and always of its
 * latest text: changes made while a check runs are folded into one more
 * check, so typing fast never queues a check per keystroke. Every feature
 * asks for the outcome of the version it was asked about.
 */

export interface Checked<Outcome> {
  version: number
  outcome: Outcome
}

interface State<Outcome> {
  latest: Checked<Outcome> | null
  running: Promise<void> | null
  /** A newer version arrived while a check ran. */
  again: boolean
  waiters: Array<{version: number; resolve: (checked: Checked<Outcome> | null) => void}>
}

export class DocumentChecks<Outcome> {
  readonly #states = new Map<string, State<Outcome>>()
  readonly #check: (uri: string) => Promise<Checked<Outcome> | null>
  readonly #checked: (uri: string, checked: Checked<Outcome>) => void

  /**
   * `check` checks the document's current text and says which version that
   * was (null when the document is gone); `checked` publishes an outcome.
   */
  constructor(check: (uri: string) => Promise<Checked<Outcome> | null>, checked: (uri: string, checked: Checked<Outcome>) => void) {
    this.#check = check
    this.#checked = checked
  }

  #state(uri: string): State<Outcome> {
    let state = this.#states.get(uri)
    if (!state) {
      state = {latest: null, running: null, again: false, waiters: []}
      this.#states.set(uri, state)
    }
    return state
  }

  /** A document changed (or anything it depends on): check it, now or when the running check ends. */
  schedule(uri: string): void {
    const state = this.#state(uri)
    if (state.running) {
      state.again = true
      return
    }
    state.running = this.#run(uri, state)
  }

  async #run(uri: string, state: State<Outcome>): Promise<void> {
    do {
      state.again = false
      // Lets the rest of a burst of changes arrive before the text is read.
      await new Promise((resolve) => setImmediate(resolve))
      const checked = await this.#check(uri)
      if (this.#states.get(uri) !== state) return
      if (checked) {
        state.latest = checked
        this.#checked(uri, checked)
        state.waiters = state.waiters.filter((waiter) => {
          if (waiter.version > checked.version) return true
          waiter.resolve(checked)
          return false
        })
      }
    } while (state.again)
    state.running = null
    // Nothing newer will come for them: the latest there is.
    for (const waiter of state.waiters.splice(0)) waiter.resolve(state.latest)
  }

  /** The outcome for `version` or a later one, waiting for a check under way. */
  outcome(uri: string, version: number): Promise<Checked<Outcome> | null> {
    const state = this.#states.get(uri)
    if (!state) return Promise.resolve(null)
    if (state.latest && state.latest.version >= version) return Promise.resolve(state.latest)
    if (!state.running) return Promise.resolve(state.latest)
    return new Promise((resolve) => state.waiters.push({version, resolve}))
  }

  forget(uri: string): void {
    const state = this.#states.get(uri)
    this.#states.delete(uri)
    for (const waiter of state?.waiters ?? []) waiter.resolve(null)
  }

  uris(): string[] {
    return [...this.#states.keys()]
  }
}
