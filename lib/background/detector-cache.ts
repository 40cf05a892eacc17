import { summarise } from '../db/cards';
import type { BackstoryDB } from '../db/database';
import type { Detector, DetectorInput } from '../detect/types';
import type { ActorSummary } from '../messaging/contract';
import type { Topic } from '../model';

/** What a page detection needs, held in memory: the detector and what its ids stand for. */
export interface Knowledge {
  detector: Detector;
  actors: ReadonlyMap<string, ActorSummary>;
  topics: ReadonlyMap<string, Topic>;
}

/**
 * Builds the detector once from the database and keeps it, with the actors' summaries and the topics
 * it was built from, until actors or topics change: a page visit costs a detection, never a rebuild
 * and never a database read.
 */
export class DetectorCache {
  #current: Promise<Knowledge> | null = null;

  constructor(
    private readonly db: BackstoryDB,
    private readonly build: (input: DetectorInput) => Detector,
    /** Settles when the database holds what the detector must know (starter data seeded). */
    private readonly ready: Promise<unknown> = Promise.resolve(),
  ) {}

  async get(): Promise<Detector> {
    return (await this.knowledge()).detector;
  }

  knowledge(): Promise<Knowledge> {
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

  private async load(): Promise<Knowledge> {
    await this.ready.catch(() => undefined);
    const [actors, topics] = await Promise.all([this.db.actors.toArray(), this.db.topics.toArray()]);
    return {
      detector: this.build({ actors, topics }),
      actors: new Map(actors.map((actor) => [actor.id, summarise(actor)])),
      topics: new Map(topics.map((topic) => [topic.id, topic])),
    };
  }
}
