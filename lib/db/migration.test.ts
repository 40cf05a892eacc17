import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import type { Analysis, Note } from '../model';
import { BackstoryDB } from './database';
import { rollbackAbandonedImports } from './import-journal';
import { readMentionSets } from './mention-sets';
import { relatedAnalyses } from './related';
import { searchLibrary } from './search';
import { mentionsOf } from './test-db';
import { SHIPPED_V1, SHIPPED_V2, SHIPPED_V3, SHIPPED_V4, SHIPPED_V5 } from './test-shipped-stores';
import { actorTimeline } from './timeline';

/** The version every upgrade path ends at today. */
const LATEST = 11;

const analysis: Analysis = {
  id: 'sample:1',
  url: 'https://news.test/1',
  title: 'Erdoğan and the grain corridor',
  source: 'Test',
  publishedAt: '2025-01-01T00:00:00.000Z',
  text: 'Ankara brokered the Black Sea grain deal.',
  actorIds: ['state:TR'],
  topicIds: ['mediation'],
  origin: 'sample',
  addedAt: 1,
};
const mention = {
  key: 'sample:1\u0000state:TR',
  analysisId: 'sample:1',
  actorId: 'state:TR',
  count: 1,
  firstOffset: 0,
  firstLength: 6,
};
const { key: _, ...storedMention } = mention;
/** `analysis`'s mention set, as versions 3 to 11 store it. */
const mentionSet = {
  analysisId: 'sample:1',
  publishedAt: '2025-01-01T00:00:00.000Z',
  topicIds: ['mediation'],
  actorIds: ['state:TR'],
  counts: [1],
  firstOffsets: [0],
  firstLengths: [6],
};
/** A block id as version 3 wrote one (time in base 36, a sequence, a random part): older than today's. */
const V3_BLOCK = '0m5d4ruo00001k3v9zq';
/**
 * `analysis` as version 3 stored it besides its record, written out (house style, rule 14): its
 * mention set in a block, and a search block listing it under its words (its actors came in version 4).
 */
const V3_ROWS = {
  mentionBlock: { key: V3_BLOCK, sets: [mentionSet] },
  searchBlock: {
    key: V3_BLOCK,
    ids: 'sample:1',
    titles: 'Erdoğan and the grain corridor',
    times: Float64Array.of(1735689600000),
  },
  searchTerms: ['erdogan', 'grain', 'corridor', 'test', 'ankara', 'brokered', 'black', 'sea', 'deal'].map(
    (word) => ({ key: `${word}\u0000${V3_BLOCK}`, docs: Int32Array.of(0) }),
  ),
};
const note: Note = {
  id: 'n1',
  text: 'Ask about grain',
  url: 'https://news.test/1',
  pageTitle: 'One',
  createdAt: 1,
  updatedAt: 1,
};

/** What every upgrade must keep: the analysis as it was, its mention, the note, the settings. */
async function expectKept(db: BackstoryDB): Promise<void> {
  expect(db.verno).toBe(LATEST);
  expect(await db.analyses.get('sample:1')).toEqual(analysis);
  expect(await mentionsOf(db, 'sample:1')).toEqual([storedMention]);
  expect(await db.notes.get('n1')).toEqual(note);
  expect(await db.settings.get('starterVersion')).toEqual({ key: 'starterVersion', value: 2 });
  expect((await searchLibrary(db, 'erdog')).map((h) => h.id)).toEqual(['sample:1']);
  const related = await relatedAnalyses(db, { actors: new Map([['state:TR', 1]]), topics: new Map() });
  expect(related.map((r) => [r.id, r.snippet.match])).toEqual([['sample:1', 'Ankara']]);
  expect((await actorTimeline(db, 'state:TR')).map((i) => i.kind === 'analysis' && i.analysis.id)).toEqual([
    'sample:1',
  ]);
}

test('data written by version 1 survives the upgrades, is searchable and related', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  await v1.table('analyses').put(analysis);
  await v1.table('mentions').put(mention);
  await v1.table('notes').put(note);
  await v1.table('settings').put({ key: 'starterVersion', value: 2 });
  v1.close();

  const db = new BackstoryDB(name);
  await db.open();
  await expectKept(db);
  await db.delete();
});

test('data written by version 2 survives the upgrade to version 3, with its search words gone', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v2 = new Dexie(name);
  v2.version(2).stores(SHIPPED_V2);
  await v2.table('analyses').put({ ...analysis, words: ['erdogan', 'grain', 'corridor', 'ankara'] });
  await v2.table('mentions').put(mention);
  await v2.table('notes').put(note);
  await v2.table('settings').put({ key: 'starterVersion', value: 2 });
  v2.close();

  const db = new BackstoryDB(name);
  await db.open();
  await expectKept(db);
  expect(db.tables.map((t) => t.name)).not.toContain('mentions');
  await db.delete();
});

test('an import left half-done under version 2 still rolls back exactly after the upgrade', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v2 = new Dexie(name);
  v2.version(2).stores(SHIPPED_V2);
  // The import replaced sample:1 (its old version is in the journal) and added sample:2.
  const changed = { ...analysis, title: 'Changed', actorIds: [], words: ['changed'] };
  const added = { ...analysis, id: 'sample:2', url: 'https://news.test/2', words: ['grain'] };
  await v2.table('analyses').bulkPut([changed, added]);
  await v2.table('mentions').put({ ...mention, key: 'sample:2\u0000state:TR', analysisId: 'sample:2' });
  await v2.table('importJournal').add({
    importId: 'old-import',
    table: 'analyses',
    added: ['sample:2'],
    replaced: [{ analysis: { ...analysis, words: ['erdogan'] }, mentions: [mention] }],
    at: 1,
  });
  await v2.table('notes').put(note);
  await v2.table('settings').put({ key: 'starterVersion', value: 2 });
  v2.close();

  const db = new BackstoryDB(name);
  expect(await rollbackAbandonedImports(db)).toBe(1);
  expect(await db.analyses.count()).toBe(1);
  expect((await readMentionSets(db)).size).toBe(1);
  await expectKept(db);
  await db.delete();
});

test('data written by version 3 survives the upgrade to version 4, without the actor and date indexes', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v3 = new Dexie(name);
  v3.version(3).stores(SHIPPED_V3);
  await v3.table('analyses').put(analysis);
  await v3.table('mentionBlocks').put(V3_ROWS.mentionBlock);
  await v3.table('searchBlocks').put(V3_ROWS.searchBlock);
  await v3.table('searchTerms').bulkPut(V3_ROWS.searchTerms);
  await v3.table('notes').put(note);
  await v3.table('settings').put({ key: 'starterVersion', value: 2 });
  expect(v3.table('analyses').schema.indexes.map((i) => i.name)).toEqual(['url', 'publishedAt', 'actorIds']);
  v3.close();

  const db = new BackstoryDB(name);
  await db.open();
  await expectKept(db);
  expect(db.analyses.schema.indexes.map((i) => i.name)).toEqual(['url']);
  await db.delete();
});

test("version 4 to 5: the reader's own actors, and only they, are found by the `mine` index", async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v4 = new Dexie(name);
  v4.version(4).stores(SHIPPED_V4);
  const own = {
    id: 'user:1',
    name: 'Timur Sadykov',
    kind: 'person',
    description: '',
    aliases: [],
    userAdded: true,
  };
  const edited = {
    id: 'state:TR',
    name: 'Türkiye',
    kind: 'state',
    description: '',
    aliases: [],
    userAdded: true,
  };
  const packaged = { id: 'state:RU', name: 'Russia', kind: 'state', description: '', aliases: [] };
  await v4.table('actors').bulkPut([own, edited, packaged]);
  await v4.table('notes').put({ ...note, actorId: 'state:RU' });
  v4.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST);
  expect((await db.actors.where('mine').equals(1).primaryKeys()).sort()).toEqual(['state:TR', 'user:1']);
  expect(await db.notes.get('n1')).toEqual({ ...note, actorId: 'state:RU' });
  // Every later write keeps the index in step, whichever path writes.
  await db.actors.put({ ...packaged, kind: 'state', userAdded: true });
  await db.actors.update('user:1', { userAdded: false });
  await db.actors.bulkPut([{ id: 'org:x', name: 'X', kind: 'organisation', description: '', aliases: [] }]);
  expect((await db.actors.where('mine').equals(1).primaryKeys()).sort()).toEqual(['state:RU', 'state:TR']);
  await db.delete();
});

test('version 5 to 6: every note and reader-made actor is kept, and names start to be learned', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v5 = new Dexie(name);
  v5.version(5).stores(SHIPPED_V5);
  const own = {
    id: 'user:1',
    name: 'Timur Sadykov',
    kind: 'person',
    description: '',
    aliases: [{ text: 'Sadykov', role: 'surname' }],
    userAdded: true,
    mine: 1,
  };
  await v5.table('actors').bulkPut([own]);
  await v5.table('notes').put({ ...note, actorId: 'user:1' });
  await v5.table('analyses').put(analysis);
  await v5.table('mentionBlocks').put({
    key: V3_BLOCK,
    sets: [{ ...mentionSet, actorIds: [], counts: [], firstOffsets: [], firstLengths: [] }],
  });
  v5.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST);
  expect(await db.actors.get('user:1')).toEqual(own);
  expect(await db.notes.get('n1')).toEqual({ ...note, actorId: 'user:1' });
  expect(await db.analyses.get(analysis.id)).toEqual(analysis);
  expect(await db.nameSightings.count()).toBe(0);
  await db.nameSightings.put({ key: 'timur sadikov', type: 'PER', forms: ['Timur Sadykov'], seen: [] });
  expect(await db.nameSightings.count()).toBe(1);
  await db.delete();
});
