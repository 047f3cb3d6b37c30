/**
 * Where a course run's time goes, stage by stage, summed over the groups
 * (groups run side by side, so the sums exceed the run's wall time). The
 * bench prints it; `MLOPS_REPORT_STAGE_TIMES=1` asks the command for it.
 */

export type Stage = 'mirror' | 'tree' | 'figures' | 'report files' | 'blobs' | 'check' | 'hand-in' | 'checklist'

export class StageTimes {
  readonly #totals = new Map<Stage, number>()

  async time<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.#add(stage, started)
    }
  }

  timeSync<T>(stage: Stage, work: () => T): T {
    const started = performance.now()
    try {
      return work()
    } finally {
      this.#add(stage, started)
    }
  }

  #add(stage: Stage, started: number): void {
    this.#totals.set(stage, (this.#totals.get(stage) ?? 0) + performance.now() - started)
  }

  /** One line: `stage times (summed over groups): mirror 12.3 s, tree 0.4 s, …`. */
  describe(): string {
    const parts = [...this.#totals].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
    return `stage times (summed over groups): ${parts.join(', ')}`
  }
}

/** A clock that records nothing, for runs that did not ask. */
export const untimed = {
  time: <T>(_stage: Stage, work: () => Promise<T>): Promise<T> => work(),
  timeSync: <T>(_stage: Stage, work: () => T): T => work()
}

export type StageClock = Pick<StageTimes, 'time' | 'timeSync'>
