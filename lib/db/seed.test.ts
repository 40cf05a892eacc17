import { afterEach, describe, expect, test } from 'vitest';
import { createDetector } from '../detect';
import { TOPICS } from '../kb/topics';
import type { Actor, ActorKind, Note } from '../model';
import { deleteActor, mergeActors } from './actors-admin';
import { type AnalysisDraft, putAnalyses } from './analyses';
import { BackstoryDB } from './database';
import { type SeedOptions, type StarterData, seedStarterData, writeSamples } from './seed';
import { dumpTables } from './test-db';
import { actor, note, SAMPLE } from './test-seed';

const v2 = (id: string, kind: ActorKind, name: string, aliases: string[] = []) =>
  actor(id, kind, name, 2, aliases);
const v3 = (id: string, kind: ActorKind, name: string, aliases: string[] = []) =>
  actor(id, kind, name, 3, aliases);

/**
 * A database as today's version leaves it (knowledge base 2), written as literal rows: starter actors,
 * the reader's own actor, a starter actor the reader edited, and two merges. `org:otan` was merged
 * into `org:nato` and `person:rte` into the reader's `user:erdogan` (see `mergeActors`): each merged
 * actor's name is among the aliases of the actor it went into, and its notes point there.
 */
const EDITED_FR: Actor = { ...v2('state:FR', 'state', 'France'), description: 'Mine', userAdded: true };
const NATO_MERGED: Actor = {
  ...v2('org:nato', 'organisation', 'NATO', ['North Atlantic Treaty Organization']),
  aliases: [
    { text: 'North Atlantic Treaty Organization', role: 'name' },
    { text: 'OTAN', role: 'name' },
  ],
  userAdded: true,
};
const USER_ERDOGAN: Actor = {
  id: 'user:erdogan',
  kind: 'person',
  name: 'Erdoğan',
  description: 'My Erdoğan',
  aliases: [
    { text: 'Recep Tayyip Erdoğan', role: 'name' },
    { text: 'RTE', role: 'abbreviation' },
  ],
  userAdded: true,
};
const USER_FRED: Actor = { ...v2('user:fred', 'person', 'Fred Example'), userAdded: true };
const EDITED_OLD_TOWN: Actor = { ...v2('place:old-town', 'place', 'Old Town'), userAdded: true };
const OLD_ACTORS: Actor[] = [
  v2('state:TR', 'state', 'Turkey', ['Türkiye']),
  EDITED_FR,
  v2('person:hakan-fidan', 'person', 'Hakan Fidan', ['Fidan']),
  v2('person:old-minister', 'person', 'Ivan Oldman', ['Oldman']),
  v2('org:defunct', 'organisation', 'Defunct Pact'),
  v2('org:listed', 'organisation', 'Listed Org'),
  NATO_MERGED,
  USER_ERDOGAN,
  USER_FRED,
  EDITED_OLD_TOWN,
];
const NOTES: Note[] = [
  note('on-kept', 'person:hakan-fidan'),
  note('on-dropped', 'person:old-minister'),
  note('on-merged-otan', 'org:nato'),
  note('on-merged-rte', 'user:erdogan'),
  note('on-user', 'user:fred'),
  note('on-page'),
];

/** Knowledge base 3: keeps some actors, drops `person:old-minister`, `org:defunct` and `place:old-town`. */
const V3: StarterData = {
  version: 3,
  // Not in writing order: the seed writes states and the reader's actors first.
  actors: [
    v3('person:new-one', 'person', 'Nadia Newcomer'),
    v3('person:hakan-fidan', 'person', 'Hakan Fidan', ['Fidan']),
    v3('org:otan', 'organisation', 'OTAN'),
    v3('person:rte', 'person', 'Recep Tayyip Erdoğan', ['Erdoğan']),
    v3('org:nato', 'organisation', 'NATO'),
    v3('state:FR', 'state', 'France'),
    v3('org:new-agency', 'organisation', 'New Agency'),
    v3('org:listed', 'organisation', 'Listed Org'),
    v3('state:TR', 'state', 'Turkey', ['Türkiye', 'Ankara']),
  ],
  topics: TOPICS,
  samples: [SAMPLE],
};

const opened: BackstoryDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function oldDatabase(): Promise<BackstoryDB> {
  const db = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(db);
  await db.actors.bulkPut(OLD_ACTORS);
  await db.topics.bulkPut(TOPICS);
  await db.notes.bulkPut(NOTES);
  // One analysis of the reader's that names `org:listed`, with its search listing as version 4 writes it.
  await db.analyses.put({
    ...SAMPLE,
    id: 'page:1',
    origin: 'saved-page',
    actorIds: ['org:listed'],
    topicIds: [],
    addedAt: 1,
  });
  await db.searchBlocks.put({ key: 'b1', ids: 'page:1', titles: '', times: Float64Array.of(0) });
  await db.searchTerms.put({ key: '\u0001org:listed\u0000b1', docs: Int32Array.of(0) });
  await db.settings.put({ key: 'starterVersion', value: 2 });
  return db;
}

const seed = (db: BackstoryDB, data: StarterData, options?: SeedOptions) =>
  seedStarterData(db, data, createDetector, options);

describe('a database written by today’s version, seeded with a new knowledge base', () => {
  test('keeps the reader’s world and replaces the starter actors', async () => {
    const db = await oldDatabase();
    const mine = [EDITED_FR, NATO_MERGED, USER_ERDOGAN, USER_FRED, EDITED_OLD_TOWN].map((a) => a.id);
    const [notes, readers] = [await db.notes.toArray(), await db.actors.bulkGet(mine)];
    expect(await seed(db, V3)).toBe(true);
    expect(await db.notes.toArray()).toEqual(notes);
    expect(notes).toHaveLength(NOTES.length);
    expect(await db.actors.bulkGet(mine)).toEqual(readers);
    expect(readers).not.toContain(undefined);
    expect(await db.actors.get('person:old-minister')).toEqual({ ...OLD_ACTORS[3], retired: '3' });
    expect(await db.actors.get('org:defunct')).toBeUndefined();
    // Merged by the reader: they stay merged.
    expect(await db.actors.bulkGet(['org:otan', 'person:rte'])).toEqual([undefined, undefined]);
    for (const id of ['state:TR', 'person:hakan-fidan', 'org:listed', 'person:new-one', 'org:new-agency'])
      expect(await db.actors.get(id)).toEqual(V3.actors.find((a) => a.id === id));
    expect(await db.settings.get('starterVersion')).toEqual({ key: 'starterVersion', value: 3 });
    // Detection of the samples leaves the retired actor out.
    const sample = await db.analyses.get('sample:oldman');
    expect(sample?.actorIds).toContain('person:hakan-fidan');
    expect(sample?.actorIds).not.toContain('person:old-minister');
  });

  test('running twice, or again at the same version, changes nothing', async () => {
    const db = await oldDatabase();
    await seed(db, V3);
    const once = await dumpTables(db);
    expect(await seed(db, V3)).toBe(false);
    expect(await dumpTables(db)).toEqual(once);
    // Seeding the same version again (as after a lost version row) indexes the samples again: their
    // search listings are only ever added (see search-terms.ts), everything else is as it was.
    await db.settings.put({ key: 'starterVersion', value: 2 });
    expect(await seed(db, V3)).toBe(true);
    expect({ ...(await dumpTables(db)), searchTerms: [] }).toEqual({ ...once, searchTerms: [] });
  });

  test('an interrupted seed writes states and the reader’s actors first and resumes to the same result', async () => {
    const whole = await oldDatabase();
    await seed(whole, V3);
    const db = await oldDatabase();
    const progress: number[][] = [];
    const stop = (done: number, total: number) => {
      progress.push([done, total]);
      throw new Error('worker stopped');
    };
    await expect(seed(db, V3, { chunkSize: 5, onProgress: stop })).rejects.toThrow('worker stopped');
    expect(progress).toEqual([[5, 9]]);
    expect(await db.settings.get('starterVersion')).toEqual({ key: 'starterVersion', value: 2 });
    expect((await db.actors.get('state:TR'))?.description).toMatch(/base 3$/);
    for (const id of ['person:hakan-fidan', 'org:listed'])
      expect((await db.actors.get(id))?.description).toMatch(/base 3$/);
    expect(await db.actors.bulkGet(['person:new-one', 'org:new-agency'])).toEqual([undefined, undefined]);
    expect(await seed(db, V3, { chunkSize: 5 })).toBe(true);
    expect(await dumpTables(db)).toEqual(await dumpTables(whole));
  });
});

describe('a later knowledge base', () => {
  const V4: StarterData = { ...V3, version: 4 };

  test('does not bring back starter actors the reader merged or deleted since the last seed', async () => {
    const db = await oldDatabase();
    await seed(db, V3);
    await deleteActor(db, 'person:new-one');
    await mergeActors(db, 'org:new-agency', 'user:fred');
    await seed(db, V4);
    expect(await db.actors.bulkGet(['person:new-one', 'org:new-agency'])).toEqual([undefined, undefined]);
    expect((await db.actors.get('state:TR'))?.description).toMatch(/base 3$/);
  });

  test('keeps a retired actor retired while it has notes, and removes it with its last note', async () => {
    const db = await oldDatabase();
    await seed(db, V3);
    await seed(db, V4);
    expect((await db.actors.get('person:old-minister'))?.retired).toBe('3');
    await db.notes.delete('on-dropped');
    await seed(db, { ...V3, version: 5 });
    expect(await db.actors.get('person:old-minister')).toBeUndefined();
  });

  test('keeps a dropped actor, retired, while an analysis of the reader’s names it, not for a sample', async () => {
    const db = await oldDatabase();
    const sampleOnly = v2('org:sample-only', 'organisation', 'Sample Only Council');
    await db.actors.put(sampleOnly);
    const detector = createDetector({ actors: [...OLD_ACTORS, sampleOnly], topics: TOPICS });
    const draft = (id: string, origin: AnalysisDraft['origin'], text: string): AnalysisDraft => ({
      ...SAMPLE,
      id,
      origin,
      url: `https://news.test/${id}`,
      text,
    });
    await putAnalyses(db, detector, [
      draft('page:defunct', 'saved-page', 'The Defunct Pact met again in Geneva on Monday.'),
      draft('sample:council', 'sample', 'The Sample Only Council met again in Geneva on Monday.'),
    ]);
    expect((await db.analyses.get('page:defunct'))?.actorIds).toContain('org:defunct');
    expect((await db.analyses.get('sample:council'))?.actorIds).toContain('org:sample-only');
    await seed(db, V3);
    expect(await db.actors.get('org:defunct')).toEqual({ ...OLD_ACTORS[4], retired: '3' });
    expect(await db.actors.get('org:sample-only')).toBeUndefined();
    // The analysis goes: the next version removes the actor.
    await db.analyses.delete('page:defunct');
    await seed(db, V4);
    expect(await db.actors.get('org:defunct')).toBeUndefined();
  });

  test('brings a retired actor back to life when a version has it again', async () => {
    const db = await oldDatabase();
    await seed(db, V3);
    const back = v3('person:old-minister', 'person', 'Ivan Oldman');
    await seed(db, { ...V4, actors: [...V4.actors, back] });
    expect(await db.actors.get('person:old-minister')).toEqual(back);
  });
});

test('a fresh database gets the whole knowledge base', async () => {
  const db = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(db);
  const progress: number[] = [];
  expect(await seed(db, V3, { onProgress: (done) => progress.push(done) })).toBe(true);
  expect(await db.actors.count()).toBe(V3.actors.length);
  expect(progress).toEqual([V3.actors.length]);
});

test('with a detector that needs no starter actor, the samples are written before the first chunk', async () => {
  const db = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(db);
  const samplesAtFirstChunk: number[] = [];
  const options: SeedOptions = {
    chunkSize: 2,
    samplesDetector: async () => createDetector({ actors: V3.actors, topics: TOPICS }),
    onProgress: () => {
      if (samplesAtFirstChunk.length === 0) void db.analyses.count().then((n) => samplesAtFirstChunk.push(n));
    },
  };
  expect(await seed(db, V3, options)).toBe(true);
  expect(V3.samples.length).toBeGreaterThan(0);
  expect(samplesAtFirstChunk).toEqual([V3.samples.length]);
  expect(await db.analyses.count()).toBe(V3.samples.length);
});

test('samples written before the seed are not written twice, and topics come with them', async () => {
  const db = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(db);
  const detector = createDetector({ actors: V3.actors, topics: TOPICS });
  await writeSamples(db, detector, V3.samples, TOPICS);
  expect(await db.analyses.count()).toBe(V3.samples.length);
  expect(await db.topics.count()).toBe(TOPICS.length);
  const listings = await db.searchBlocks.count();
  await writeSamples(db, detector, V3.samples, TOPICS);
  await seed(db, V3, { samplesDetector: async () => detector });
  expect(await db.searchBlocks.count()).toBe(listings);
  expect(await db.analyses.count()).toBe(V3.samples.length);
});
