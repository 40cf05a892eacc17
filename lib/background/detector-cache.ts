import { summarise } from '../db/cards';
import type { BackstoryDB } from '../db/database';
import { allKnowledge, readerKnowledge } from '../db/reader-knowledge';
import { TableCache } from '../db/table-cache';
import type { DetectorInput } from '../detect/detector-input';
import type { PackagedBase } from '../detect/packaged-base';
import type { Detector } from '../detect/types';
import type { ActorSummary } from '../messaging/contract';
import type { Topic } from '../model';
import { wakeMark } from '../wake-marks';

/** What a page detection needs, held in memory: the detector and what its ids stand for. */
export interface Knowledge {
  detector: Detector;
  /** The summary of an actor the detector may return; null for an id it does not know. */
  actor(id: string): ActorSummary | null;
  /**
   * True when the shipped knowledge base has the actor: its id is the same for every reader and may
   * reach a page. False for the reader's own, merged or learned actors (issue 14).
   */
  shipped(id: string): boolean;
  topics: ReadonlyMap<string, Topic>;
}

/**
 * Builds the detector once and keeps it, with the actors' summaries and the topics it was built from,
 * until actors, topics or settings (which packaged actors the reader removed) change, in any context
 * (see `TableCache`): a page visit costs a detection, never a rebuild and never a database read.
 * With the packaged knowledge base (`base`), only the reader's own actors are read and indexed: the
 * packaged ones come ready from the extension's file.
 */
export class DetectorCache {
  readonly #current: TableCache<Knowledge>;

  constructor(
    private readonly db: BackstoryDB,
    private readonly build: (input: DetectorInput) => Detector,
    /** Settles when the database holds what the detector must know (starter data seeded). */
    private readonly ready: Promise<unknown> = Promise.resolve(),
    /** The packaged knowledge base; absent (tests) or null (a failed read): every actor is read instead. */
    private readonly base?: Promise<PackagedBase | null>,
    /** The packaged topics, for a library that holds none yet (the first seed has not written them). */
    private readonly packagedTopics: readonly Topic[] = [],
  ) {
    this.#current = new TableCache(db, ['actors', 'topics', 'settings'], () => this.load());
  }

  async get(): Promise<Detector> {
    return (await this.knowledge()).detector;
  }

  /** The packaged base, once loaded (null without one). */
  packaged(): Promise<PackagedBase | null> {
    return this.base ? this.base.catch(() => null) : Promise.resolve(null);
  }

  knowledge(): Promise<Knowledge> {
    return this.#current.get();
  }

  /**
   * Drops the detector now. Writes are noticed without it; this is for one made in another context,
   * which Dexie may report after a message that follows it.
   */
  invalidate(): void {
    this.#current.drop();
  }

  private async load(): Promise<Knowledge> {
    // The reader's part is read while the base's file is read and parsed: a waking worker waits for
    // the slower of the two, not for both in turn.
    const reading = this.base ? readerKnowledge(this.db) : null;
    reading?.catch(() => undefined);
    const base = await this.packaged();
    // The packaged base needs no seeding to detect with: only a full read waits for the seed.
    if (!base) await this.ready.catch(() => undefined);
    const read = base && reading ? await reading : await allKnowledge(this.db);
    wakeMark('reader-read');
    const { actors, hidden } = read;
    const topics = read.topics.length > 0 ? read.topics : [...this.packagedTopics];
    const own = new Map(actors.map((actor) => [actor.id, summarise(actor)]));
    // Without the packaged base (tests, a failed read), the seeded starter actors are the shipped ones.
    const starter = base ? null : new Set(actors.flatMap((a) => (a.userAdded ? [] : [a.id])));
    const detector = this.build({ actors, topics, hidden, ...(base ? { base } : {}) });
    wakeMark('detector-built');
    return {
      detector,
      actor: (id) => {
        const mine = own.get(id);
        if (mine) return mine;
        const packaged = base?.actor(id);
        return packaged ? summarise({ ...packaged, aliases: [] }) : null;
      },
      shipped: (id) => (base ? base.has(id) : (starter?.has(id) ?? false)),
      topics: new Map(topics.map((topic) => [topic.id, topic])),
    };
  }
}
