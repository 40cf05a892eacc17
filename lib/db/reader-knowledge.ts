import type { Actor, Topic } from '../model';
import type { BackstoryDB } from './database';
import { getSetting } from './settings';

/** What detection needs from the database next to the packaged knowledge base. */
export interface ReaderKnowledge {
  /** The reader's own actors: added, edited or merged (`mine`, see upgrade-v5.ts). */
  actors: Actor[];
  topics: Topic[];
  /** Packaged actors the reader deleted or merged away: seeded last time, missing now. */
  hidden: Set<string>;
}

/**
 * Reads the reader's part of the knowledge: a few rows and the actor keys, never the 20,000+ packaged
 * actors themselves, so a waking worker is ready in tens of milliseconds.
 */
export async function readerKnowledge(db: BackstoryDB): Promise<ReaderKnowledge> {
  const [actors, topics, seeded, present] = await Promise.all([
    db.actors.where('mine').equals(1).toArray(),
    db.topics.toArray(),
    getSetting<string[] | null>(db, 'starterActorIds', null),
    db.actors.toCollection().primaryKeys(),
  ]);
  const have = new Set(present);
  return { actors, topics, hidden: new Set((seeded ?? []).filter((id) => !have.has(id))) };
}

/** Every actor (no packaged base: tests, and builds without one). */
export async function allKnowledge(db: BackstoryDB): Promise<ReaderKnowledge> {
  const [actors, topics] = await Promise.all([
    db.actors.filter((a) => a.retired === undefined).toArray(),
    db.topics.toArray(),
  ]);
  return { actors, topics, hidden: new Set() };
}
