import type { DetectorInput } from '../detect/detector-input';
import type { Detector } from '../detect/types';
import type { Actor, Topic } from '../model';
import { type AnalysisDraft, putAnalyses } from './analyses';
import type { BackstoryDB } from './database';
import { matchingAnalyses } from './search-postings';
import { actorTerm, termKeyParts } from './search-terms';
import { fold } from './search-words';
import { getSetting, setSetting } from './settings';

export interface StarterData {
  version: number;
  actors: readonly Actor[];
  topics: readonly Topic[];
  samples: readonly AnalysisDraft[];
}

export interface SeedOptions {
  /**
   * Called after each chunk of starter actors is stored (`done` of `total`), when the detector can
   * be rebuilt with them. An error thrown here stops the seed; the next call resumes it.
   */
  onProgress?: (done: number, total: number) => void;
  /** Starter actors written per transaction. */
  chunkSize?: number;
  /**
   * The detector for the samples when it needs no starter actor from the database (the packaged
   * base): the samples are then written first, so a new profile has them at once.
   */
  samplesDetector?: () => Promise<Detector>;
}

const VERSION_KEY = 'starterVersion';
/** Every starter actor id of the last finished seed: one listed there and missing now, the reader merged or deleted. */
const IDS_KEY = 'starterActorIds';
const CHUNK = 2500;

/**
 * Brings the starter knowledge base, topics and sample analyses to `data.version` when the database
 * has an older version (or none); returns true when it wrote anything. Actors and topics the reader
 * added or edited are never overwritten, and a starter actor the reader merged or deleted does not
 * come back. A starter actor the new version drops is kept, `retired`, while the reader has notes on
 * it or analyses of theirs name it, and removed otherwise.
 *
 * Actors are written in chunks, each its own transaction, states and the actors the reader has notes
 * or analyses on first; the version is written last, so an interrupted seed runs again and resumes.
 */
export async function seedStarterData(
  db: BackstoryDB,
  data: StarterData,
  makeDetector: (input: DetectorInput) => Detector,
  options: SeedOptions = {},
): Promise<boolean> {
  if ((await getSetting(db, VERSION_KEY, 0)) >= data.version) return false;
  const keep = new Set(data.actors.map((a) => a.id));
  const [removed, ordered, named] = await Promise.all([
    removedByReader(db, data.actors),
    readersFirst(db, data.actors),
    namedDropped(db, keep),
  ]);
  await db.transaction('rw', [db.actors, db.topics, db.notes], async () => {
    const userTopics = new Set(await db.topics.filter((t) => t.userAdded === true).primaryKeys());
    await db.topics.bulkPut(data.topics.filter((t) => !userTopics.has(t.id)));
    await retireDropped(db, keep, named, String(data.version));
  });
  const early = options.samplesDetector && data.samples.length > 0 ? await options.samplesDetector() : null;
  if (early) await writeSamples(db, early, data.samples);
  const size = Math.max(1, options.chunkSize ?? CHUNK);
  for (let i = 0; i < ordered.length; i += size) {
    const chunk = ordered.slice(i, i + size);
    await db.transaction('rw', db.actors, async () => {
      // Read again in the transaction: the reader may have edited an actor since the seed started.
      const stored = await db.actors.bulkGet(chunk.map((a) => a.id));
      await db.actors.bulkPut(
        chunk.filter((a, j) => {
          const old = stored[j];
          return old ? old.userAdded !== true : !removed.has(a.id);
        }),
      );
    });
    options.onProgress?.(Math.min(i + size, ordered.length), ordered.length);
  }
  const detector = data.samples.length > 0 && !early ? await samplesDetector(db, makeDetector) : null;
  const tables = [db.analyses, db.mentionBlocks, db.searchBlocks, db.searchTerms, db.settings];
  await db.transaction('rw', tables, async () => {
    if (detector) await putAnalyses(db, detector, data.samples);
    await setSetting(db, IDS_KEY, [...keep]);
    await setSetting(db, VERSION_KEY, data.version);
  });
  return true;
}

/**
 * Writes the samples (and the topics they are detected with) that the database does not hold as they
 * are: `seedStarterData` with a `samplesDetector` calls it, and the background calls it first of all,
 * before the 9 MB of packaged actors is read, so a new profile's first card has them.
 */
export async function writeSamples(
  db: BackstoryDB,
  detector: Detector,
  samples: readonly AnalysisDraft[],
  topics: readonly Topic[] = [],
): Promise<void> {
  const stored = await db.analyses.bulkGet(samples.map((s) => s.id));
  const missing = samples.filter((s, i) => stored[i]?.text !== s.text || stored[i]?.title !== s.title);
  const tables = [db.analyses, db.mentionBlocks, db.searchBlocks, db.searchTerms, db.topics];
  await db.transaction('rw', tables, async () => {
    if (topics.length > 0) {
      const userTopics = new Set(await db.topics.filter((t) => t.userAdded === true).primaryKeys());
      await db.topics.bulkPut(topics.filter((t) => !userTopics.has(t.id)));
    }
    if (missing.length > 0) await putAnalyses(db, detector, missing);
  });
}

/** A detector of every actor but the retired ones, for the samples. */
async function samplesDetector(
  db: BackstoryDB,
  makeDetector: (input: DetectorInput) => Detector,
): Promise<Detector> {
  const [actors, topics] = await Promise.all([
    db.actors.filter((a) => a.retired === undefined).toArray(),
    db.topics.toArray(),
  ]);
  return makeDetector({ actors, topics });
}

/** The starter actors of the database that `keep` no longer has. */
async function dropped(db: BackstoryDB, keep: ReadonlySet<string>): Promise<Actor[]> {
  const ids = (await db.actors.toCollection().primaryKeys()).filter((id) => !keep.has(id));
  return (await db.actors.bulkGet(ids)).filter((a): a is Actor => a !== undefined && a.userAdded !== true);
}

/**
 * Starter actors of the database that `keep` no longer has: retired (marked with `version`) while a
 * note is on them or an analysis of the reader's names them (`named`), deleted otherwise. The reader's
 * own actors (added, edited, merged into, learned: `userAdded`) stay as they are. Mentions and search
 * listings of a deleted actor stay: blocks are only ever added, readers skip ids with no actor, and an
 * import's rollback must still find the blocks as it wrote them (see mention-sets.ts).
 */
async function retireDropped(
  db: BackstoryDB,
  keep: ReadonlySet<string>,
  named: ReadonlySet<string>,
  version: string,
): Promise<void> {
  const gone = await dropped(db, keep);
  if (gone.length === 0) return;
  const kept = new Set<string>(named);
  for (const id of await db.notes
    .where('actorId')
    .anyOf(gone.map((a) => a.id))
    .keys())
    kept.add(String(id));
  await db.actors.bulkPut(
    gone.filter((a) => kept.has(a.id) && a.retired === undefined).map((a) => ({ ...a, retired: version })),
  );
  await db.actors.bulkDelete(gone.filter((a) => !kept.has(a.id)).map((a) => a.id));
}

/**
 * Of the starter actors `keep` no longer has, those an analysis other than a sample names (samples are
 * written again with each version). Listings can be stale, so each is checked against the analysis as
 * stored; an actor's listings are read a few at a time, newest first, until one names it.
 */
async function namedDropped(db: BackstoryDB, keep: ReadonlySet<string>): Promise<Set<string>> {
  const named = new Set<string>();
  for (const { id } of await dropped(db, keep)) {
    for (let asked = 16; ; asked *= 4) {
      const listed = await matchingAnalyses(db, [actorTerm(id)], asked);
      const stored = await db.analyses.bulkGet(listed.map((m) => m.id));
      if (stored.some((a) => a !== undefined && a.origin !== 'sample' && a.actorIds.includes(id)))
        named.add(id);
      if (named.has(id) || listed.length < asked) break;
    }
  }
  return named;
}

/**
 * Starter actors missing from the database that the reader merged or deleted: those the last seed
 * wrote. A database seeded before that was recorded keeps only a merge's trace: the merged actor's
 * name among the aliases (role `name`) of a reader's actor (`mine`) of the same kind (see `mergeActors`).
 */
async function removedByReader(db: BackstoryDB, actors: readonly Actor[]): Promise<Set<string>> {
  const present = new Set(await db.actors.toCollection().primaryKeys());
  const missing = actors.filter((a) => !present.has(a.id));
  if (missing.length === 0) return new Set();
  const seeded = await getSetting<string[] | null>(db, IDS_KEY, null);
  if (seeded !== null) {
    const before = new Set(seeded);
    return new Set(missing.filter((a) => before.has(a.id)).map((a) => a.id));
  }
  const names = new Set<string>();
  for (const actor of await db.actors.where('mine').equals(1).toArray())
    for (const alias of actor.aliases)
      if (alias.role === 'name') names.add(`${actor.kind} ${fold(alias.text)}`);
  return new Set(missing.filter((a) => names.has(`${a.kind} ${fold(a.name)}`)).map((a) => a.id));
}

/** The actors in writing order: states, then those the reader's notes or analyses name, then the rest. */
async function readersFirst(db: BackstoryDB, actors: readonly Actor[]): Promise<Actor[]> {
  const mark = actorTerm('');
  const [noted, listed] = await Promise.all([
    db.notes.orderBy('actorId').uniqueKeys(),
    db.searchTerms.where(':id').startsWith(mark).primaryKeys(),
  ]);
  const mine = new Set<unknown>(noted);
  for (const key of listed) mine.add(termKeyParts(key).word.slice(mark.length));
  const rank = (a: Actor) => (a.kind === 'state' ? 0 : mine.has(a.id) ? 1 : 2);
  return [...actors].sort((a, b) => rank(a) - rank(b));
}
