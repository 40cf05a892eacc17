import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { BackstoryDB } from '../db/database';
import { SHIPPED_V5 } from '../db/test-shipped-stores';

test('version 5 to 11: notes, analyses and the reader-made actors stay; sources start empty', async () => {
  const name = `migrate-${crypto.randomUUID()}`;
  const v5 = new Dexie(name);
  v5.version(5).stores(SHIPPED_V5);
  const actor = {
    id: 'user:1',
    name: 'Timur Sadykov',
    kind: 'person',
    description: '',
    aliases: [],
    userAdded: true,
    mine: 1,
  };
  const analysis = {
    id: 'tg:1006503122:7',
    url: 'https://t.me/blacksea_desk/7',
    title: 'A post',
    source: 'Black Sea Desk',
    publishedAt: '2026-01-01T00:00:00.000Z',
    text: 'A post about Ankara.',
    actorIds: ['state:TR'],
    topicIds: [],
    origin: 'telegram',
    addedAt: 1,
  };
  const note = {
    id: 'n1',
    text: 'Ask',
    url: 'https://news.test/1',
    pageTitle: 'One',
    actorId: 'user:1',
    createdAt: 1,
    updatedAt: 1,
  };
  await v5.table('actors').put(actor);
  await v5.table('analyses').put(analysis);
  await v5.table('notes').put(note);
  v5.close();

  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(11);
  expect(await db.actors.get('user:1')).toEqual(actor);
  expect(await db.actors.where('mine').equals(1).primaryKeys()).toEqual(['user:1']);
  expect(await db.analyses.get(analysis.id)).toEqual(analysis);
  expect(await db.notes.get('n1')).toEqual(note);
  expect(await db.sources.count()).toBe(0);
  await db.sourceItems.put({ analysisId: analysis.id, sourceId: 'src:1' });
  expect(await db.sourceItems.where('sourceId').equals('src:1').primaryKeys()).toEqual([analysis.id]);
  await db.delete();
});
