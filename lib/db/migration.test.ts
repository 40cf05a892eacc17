import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import type { Analysis, Note } from '../model';
import { BackstoryDB } from './database';
import { searchLibrary } from './search';

/** Version 1 exactly as shipped: a frozen copy, so this test keeps checking the real upgrade path. */
const SHIPPED_V1 = {
  actors: 'id, kind, name',
  analyses: 'id, url, publishedAt, origin, *actorIds, *topicIds',
  mentions: 'key, analysisId, actorId',
  topics: 'id',
  notes: 'id, url, actorId, createdAt',
  settings: 'key',
};

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
const note: Note = {
  id: 'n1',
  text: 'Ask about grain',
  url: 'https://news.test/1',
  pageTitle: 'One',
  createdAt: 1,
  updatedAt: 1,
};

test('data written by version 1 survives the upgrade to version 2 and becomes searchable', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  await v1.table('analyses').put(analysis);
  await v1.table('mentions').put({
    key: 'sample:1\u0000state:TR',
    analysisId: 'sample:1',
    actorId: 'state:TR',
    count: 1,
    firstOffset: 0,
    firstLength: 6,
  });
  await v1.table('notes').put(note);
  await v1.table('settings').put({ key: 'starterVersion', value: 2 });
  v1.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(2);
  const stored = (await db.analyses.get('sample:1')) as Analysis & { words?: string[] };
  const { words, ...rest } = stored;
  expect(rest).toEqual(analysis);
  expect(words).toEqual(expect.arrayContaining(['erdogan', 'grain', 'corridor', 'ankara']));
  expect(await db.notes.get('n1')).toEqual(note);
  expect(await db.mentions.count()).toBe(1);
  expect(await db.settings.get('starterVersion')).toEqual({ key: 'starterVersion', value: 2 });
  expect((await searchLibrary(db, 'erdog')).map((h) => h.id)).toEqual(['sample:1']);
  await db.delete();
});
