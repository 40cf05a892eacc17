import { type CheckDeps, checkSource } from './check';
import type { Source } from './model';
import { dueSources } from './store';

/** The slice of the `alarms` API the scheduler uses (the background passes the browser's). */
export interface Alarms {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
}

export const SOURCES_ALARM = 'backstory-sources';
/** Browsers fire alarms no sooner than 30 s ahead (Chrome 120+): the soonest one asked for. */
const SOONEST_MS = 30_000;

/**
 * Runs the sources' checks: one alarm, set for the source due first, wakes the worker; each due
 * source is then checked in turn (one check of a source at a time, whoever asks), and the alarm is
 * set again for the next one. Nothing runs while every source is paused.
 */
export class SourceScheduler {
  readonly #running = new Map<string, Promise<Source | null>>();

  constructor(
    private readonly deps: CheckDeps,
    private readonly alarms: Alarms,
  ) {}

  /** Checks a source now, or waits for the check of it already under way. */
  check(id: string): Promise<Source | null> {
    let running = this.#running.get(id);
    if (!running) {
      running = checkSource(this.deps, id).finally(() => {
        this.#running.delete(id);
        void this.reschedule();
      });
      this.#running.set(id, running);
    }
    return running;
  }

  /** Checks every source that is due, one after another (the machine is shared with the reader). */
  async checkDue(): Promise<void> {
    const { due } = await dueSources(this.deps.db, this.deps.now());
    for (const id of due)
      await this.check(id).catch((error: unknown) => console.error('[Backstory] source check:', error));
    await this.reschedule();
  }

  /** Sets the alarm for the next source due, or clears it when none is. */
  async reschedule(): Promise<void> {
    const now = this.deps.now();
    const { due, next } = await dueSources(this.deps.db, now);
    const waiting = due.filter((id) => !this.#running.has(id));
    const when = waiting.length > 0 ? now : next;
    if (when === null) await this.alarms.clear(SOURCES_ALARM);
    else await this.alarms.create(SOURCES_ALARM, { when: Math.max(when, now + SOONEST_MS) });
  }
}
