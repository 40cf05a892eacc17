import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { BackstoryDB } from './database';
import { notesFor } from './notes';
import { SHIPPED_V10 } from './test-shipped-stores';

const note = (id: string, url: string, extra: object = {}) => ({
  id,
  text: `Note ${id}`,
  url,
  pageTitle: 'Page',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_001,
  ...extra,
});

/** Notes as version 10 wrote them: under the address the tab had, fragment and tracking included. */
const OLD_NOTES = [
  note('frag', 'https://news.test/a#comments'),
  note('utm', 'https://news.test/a?utm_source=tg&utm_medium=social', { actorId: 'user:fred' }),
  note('both', 'https://News.test/a?utm_campaign=x#top', {
    quote: { exact: 'Fidan flew', prefix: 'Hakan ', suffix: ' to Moscow' },
  }),
  note('plain', 'https://news.test/a'),
  note('kept-params', 'https://news.test/b?page=2&utm_source=y'),
  note('file', 'file:///home/reader/a.html#x'),
  note('odd', 'not a url at all'),
];
const READER_ACTOR = {
  id: 'user:fred',
  name: 'Fred Example',
  kind: 'person',
  description: 'Mine',
  aliases: [{ text: 'Fred', role: 'name' }],
  userAdded: true,
  mine: 1,
};
const analysis = (id: string, url: string) => ({
  id,
  url,
  title: id,
  source: 'Test',
  publishedAt: '2026-01-01T00:00:00.000Z',
  text: 'Fred Example spoke.',
  actorIds: [],
  topicIds: [],
  origin: 'import',
  addedAt: 1,
});

test('version 10 to 11: every note and imported analysis is stored under its page key, nothing else changes', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v10 = new Dexie(name);
  v10.version(10).stores(SHIPPED_V10);
  await v10.table('notes').bulkPut(OLD_NOTES);
  await v10.table('actors').put(READER_ACTOR);
  await v10
    .table('analyses')
    .bulkPut([analysis('import:1', 'https://news.test/a?utm_source=feed#x'), analysis('tg:1:2', '')]);
  v10.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(11);
  const expected: Record<string, string> = {
    frag: 'https://news.test/a',
    utm: 'https://news.test/a',
    both: 'https://news.test/a',
    plain: 'https://news.test/a',
    'kept-params': 'https://news.test/b?page=2',
    file: 'file:///home/reader/a.html#x',
    odd: 'not a url at all',
  };
  // Every note is there, each field as it was but the address.
  expect(await db.notes.orderBy('id').toArray()).toEqual(
    [...OLD_NOTES].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ ...n, url: expected[n.id] })),
  );
  expect(await db.actors.toArray()).toEqual([READER_ACTOR]);
  expect(await db.analyses.get('import:1')).toEqual(analysis('import:1', 'https://news.test/a'));
  expect(await db.analyses.get('tg:1:2')).toEqual(analysis('tg:1:2', ''));
  // The page, however it is opened, finds all four of its notes.
  expect((await notesFor(db, 'https://news.test/a?utm_source=z#y', [])).map((n) => n.id).sort()).toEqual([
    'both',
    'frag',
    'plain',
    'utm',
  ]);
  // The related exclusion looks the page up by its key in the `url` index.
  expect(await db.analyses.where('url').equals('https://news.test/a').primaryKeys()).toEqual(['import:1']);
  db.close();
  await Dexie.delete(name);
});
