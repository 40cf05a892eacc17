import type { BackstoryDB } from '../db/database';
import type { Detector, DetectorInput } from '../detect/types';

/**
 * Builds the detector once from the database and keeps it until actors or topics change, so a page
 * visit costs a detection, never a rebuild.
 */
export class DetectorCache {
  #current: Promise<Detector> | null = null;

  constructor(
    private readonly db: BackstoryDB,
    private readonly build: (input: DetectorInput) => Detector,
    /** Settles when the database holds what the detector must know (starter data seeded). */
    private readonly ready: Promise<unknown> = Promise.resolve(),
  ) {}

  get(): Promise<Detector> {
    if (this.#current === null) {
      const building = this.load();
      // A failed build must not stick: the next call tries again.
      building.catch(() => {
        if (this.#current === building) this.#current = null;
      });
      this.#current = building;
    }
    return this.#current;
  }

  /** Call after writing actors or topics. */
  invalidate(): void {
    this.#current = null;
  }

  private async load(): Promise<Detector> {
    await this.ready.catch(() => undefined);
    const [actors, topics] = await Promise.all([this.db.actors.toArray(), this.db.topics.toArray()]);
    return this.build({ actors, topics });
  }
}
