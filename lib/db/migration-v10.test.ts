import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { BackstoryDB } from './database';
import { searchLibrary } from './search';
import { SHIPPED_V8 } from './test-shipped-stores';

test('version 8 to 11: every analysis is found by its words as folded now; notes and actors stay', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v8 = new Dexie(name);
  v8.version(8).stores(SHIPPED_V8);
  const actor = {
    id: 'user:1',
    name: 'Kılıçdaroğlu',
    kind: 'person',
    description: '',
    aliases: [],
    userAdded: true,
    mine: 1,
  };
  const analysis = {
    id: 'tg:1:7',
    url: '',
    title: 'Kılıçdaroğlu ve muhalefet',
    source: 'Kanal',
    publishedAt: '2026-01-01T00:00:00.000Z',
    text: 'Kemal Kılıçdaroğlu Łódź’de konuştu.',
    actorIds: [],
    topicIds: [],
    origin: 'telegram',
    addedAt: 1,
  };
  const note = {
    id: 'n1',
    text: 'Sor',
    url: 'https://news.test/1',
    pageTitle: 'Bir',
    createdAt: 1,
    updatedAt: 1,
  };
  // The search rows version 8 wrote, written out: its folding kept ı and ł.
  const block = '0000000000000old';
  const old = {
    block: { key: block, ids: analysis.id, titles: analysis.title, times: Float64Array.of(1767225600000) },
    terms: ['kılıcdaroglu', 'muhalefet', 'kemal', 'łodz', 'konuştu'].map((word) => ({
      key: `${word}\u0000${block}`,
      docs: Int32Array.of(0),
    })),
  };
  await v8.table('actors').put(actor);
  await v8.table('analyses').put(analysis);
  await v8.table('notes').put(note);
  await v8.table('searchBlocks').put(old.block);
  await v8.table('searchTerms').bulkPut(old.terms);
  expect((await searchLibrary(v8 as unknown as BackstoryDB, 'kilicdaroglu')).length).toBe(0);
  v8.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(11);
  expect(await db.actors.get('user:1')).toEqual(actor);
  expect(await db.analyses.get(analysis.id)).toEqual(analysis);
  expect(await db.notes.toArray()).toEqual([note]);
  for (const query of ['kilicdaroglu', 'Kılıçdaroğlu', 'lodz', 'muhalefet']) {
    expect(
      (await searchLibrary(db, query)).map((h) => h.id),
      query,
    ).toEqual([analysis.id]);
  }
  db.close();
  await Dexie.delete(name);
});
