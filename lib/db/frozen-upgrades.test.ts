import { Dexie } from 'dexie';
import { expect, test, vi } from 'vitest';
import { BackstoryDB } from './database';
import { SHIPPED_V1 } from './test-shipped-stores';

/**
 * The upgrades are frozen (house style, rule 14; issue 14): today's write path may change, or break,
 * and an upgrade still writes what it shipped writing. Every live helper an upgrade once used throws
 * here, and the rows the upgrades write are checked against literals.
 */
function broken(name: string) {
  return () => {
    throw new Error(`an upgrade called the live ${name}`);
  };
}
vi.mock('./search-words', async (original) => ({
  ...(await original<object>()),
  analysisWords: broken('analysisWords'),
  wordsOf: broken('wordsOf'),
}));
vi.mock('./search-terms', async (original) => ({
  ...(await original<object>()),
  searchRows: broken('searchRows'),
  actorRows: broken('actorRows'),
  newBlockId: broken('newBlockId'),
}));
vi.mock('./mention-sets', async (original) => ({
  ...(await original<object>()),
  mentionSetOf: broken('mentionSetOf'),
}));
vi.mock('./analyses', async (original) => ({
  ...(await original<object>()),
  analysisRows: broken('analysisRows'),
}));
vi.mock('./pages', () => ({ pagesOf: broken('pagesOf') }));
vi.mock('../page-url', async (original) => ({ ...(await original<object>()), pageKey: broken('pageKey') }));
vi.mock('../detect/fold', async (original) => ({
  ...(await original<object>()),
  foldText: broken('foldText'),
}));

const analysis = {
  id: 'tg:1:7',
  url: 'https://t.me/kanal/7?utm_source=x#top',
  title: 'Kılıçdaroğlu ve muhalefet',
  source: 'Kanal',
  publishedAt: '2026-01-01T00:00:00.000Z',
  text: 'Kemal Kılıçdaroğlu Łódź’de konuştu.',
  actorIds: ['person:kilicdaroglu'],
  topicIds: ['elections'],
  origin: 'telegram',
  addedAt: 1,
};
const note = {
  id: 'n1',
  text: 'Sor',
  url: 'https://news.test/a?utm_medium=social#comments',
  pageTitle: 'Bir',
  actorId: 'user:1',
  createdAt: 1,
  updatedAt: 1,
};
const actor = { id: 'user:1', name: 'Timur', kind: 'person', description: '', aliases: [], userAdded: true };
const WORDS = ['kilicdaroglu', 'muhalefet', 'kanal', 'kemal', 'lodz', 'konustu'];

test('version 1 to 11 with every live helper broken: the upgrades write what they shipped writing', async () => {
  const name = `frozen-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  await v1.table('analyses').put(analysis);
  await v1.table('mentions').put({
    key: 'tg:1:7\u0000person:kilicdaroglu',
    analysisId: 'tg:1:7',
    actorId: 'person:kilicdaroglu',
    count: 2,
    firstOffset: 0,
    firstLength: 12,
  });
  await v1.table('notes').put(note);
  await v1.table('actors').put(actor);
  v1.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(11);
  expect(await db.analyses.toArray()).toEqual([{ ...analysis, url: 'https://t.me/kanal/7' }]);
  expect(await db.notes.toArray()).toEqual([{ ...note, url: 'https://news.test/a' }]);
  expect(await db.actors.toArray()).toEqual([{ ...actor, mine: 1 }]);
  expect((await db.mentionBlocks.toArray()).map((b) => b.sets)).toEqual([
    [
      {
        analysisId: 'tg:1:7',
        publishedAt: '2026-01-01T00:00:00.000Z',
        topicIds: ['elections'],
        actorIds: ['person:kilicdaroglu'],
        counts: [2],
        firstOffsets: [0],
        firstLengths: [12],
      },
    ],
  ]);
  // Version 3 listed the words, version 4 the actor, version 10 the words again, each in a block.
  const blocks = await db.searchBlocks.toArray();
  expect(blocks.map((b) => [b.ids, b.titles, [...b.times]])).toEqual([
    ['tg:1:7', analysis.title, [1767225600000]],
    ['tg:1:7', '', [1767225600000]],
    ['tg:1:7', analysis.title, [1767225600000]],
  ]);
  const terms = await db.searchTerms.toArray();
  const termsOf = (block: string) =>
    terms
      .filter((t) => t.key.endsWith(`\u0000${block}`))
      .map((t) => [t.key.slice(0, t.key.indexOf('\u0000')), [...t.docs]]);
  const listed = (words: string[]) => words.map((w) => [w, [0]]).sort();
  expect(termsOf(blocks[0]?.key ?? '').sort()).toEqual(listed(WORDS));
  expect(termsOf(blocks[1]?.key ?? '')).toEqual(listed(['\u0001person:kilicdaroglu']));
  expect(termsOf(blocks[2]?.key ?? '').sort()).toEqual(listed(WORDS));
  expect(terms).toHaveLength(WORDS.length * 2 + 1);
  db.close();
  await Dexie.delete(name);
});
