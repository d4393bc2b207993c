// Counts returns to opted-in per actor and per bulk job, by event time, so that a job that flips
// many opt-outs in a short window is not trusted. Opt-outs themselves are never counted, because
// they apply at once from any actor.

/** One counting window: how many flips a key may make within how many minutes. */
export interface FlipWindow {
  limit: number;
  windowMinutes: number;
}

// Times older than the window behind the newest flip seen are dropped, so memory stays bounded
// by the number of flips inside one window.
const PRUNE_EVERY = 10_000;

/** Flip times per key (`actor:<system>:<actor>` or `job:<jobId>`). */
export class FlipTracker {
  readonly #times = new Map<string, number[]>();
  #recorded = 0;
  #newest = Number.NEGATIVE_INFINITY;
  #longestWindowMs = 0;

  /**
   * Records a flip at `at` (epoch ms) under each key and returns true when any key then has more
   * than `limit` flips within the window ending at `at`.
   * NOTE: the flips before the limit was reached were already trusted; only later ones are not.
   */
  recordFlip(keys: readonly string[], at: number, window: FlipWindow): boolean {
    const windowMs = window.windowMinutes * 60_000;
    this.#longestWindowMs = Math.max(this.#longestWindowMs, windowMs);
    this.#newest = Math.max(this.#newest, at);

    let exceeded = false;
    for (const key of keys) {
      const times = this.#times.get(key) ?? [];
      times.push(at);
      this.#times.set(key, times);
      const inWindow = times.filter((time) => time <= at && time > at - windowMs).length;
      exceeded ||= inWindow > window.limit;
    }

    this.#recorded += 1;
    if (this.#recorded % PRUNE_EVERY === 0) {
      this.#prune();
    }
    return exceeded;
  }

  #prune(): void {
    const horizon = this.#newest - this.#longestWindowMs;
    for (const [key, times] of this.#times) {
      const kept = times.filter((time) => time > horizon);
      if (kept.length === 0) {
        this.#times.delete(key);
      } else {
        this.#times.set(key, kept);
      }
    }
  }
}
