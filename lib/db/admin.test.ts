import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Actor } from '../model';
import { deleteActor, mergeActors, saveActor, undoDelete } from './actors-admin';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { saveNote } from './notes';

import { requestPersistence } from './persist';
import { createDetector, dumpTables, mentionsOf, mentionsOfActor, testDb } from './test-db';
import { actorTimeline } from './timeline';

let db: BackstoryDB;
const line = (id: string, text: string, publishedAt: string) => JSON.stringify({ id, text, publishedAt });
beforeEach(async () => {
  db = await testDb('admin');
  const lines = [
    line('old', 'Hakan Fidan spoke in Ankara.', '2024-01-01T00:00:00Z'),
    line('new', 'Fidan and Erdoğan met Russia.', '2025-06-01T00:00:00Z'),
    line('other', 'France votes.', '2025-01-01T00:00:00Z'),
  ];
  await importFile(db, createDetector, new Blob([lines.join('\n')]));
  await saveNote(
    db,
    { text: 'On Fidan', url: 'https://a.test/1', pageTitle: 'A', actorId: 'person:hakan-fidan' },
    Date.parse('2025-03-01'),
  );
});
afterEach(() => db.delete());

const person = (over: Partial<Actor>): Actor => ({
  id: '',
  name: 'Ada Example',
  kind: 'person',
  description: '',
  aliases: [],
  ...over,
});

describe('saveActor', () => {
  test("stores a new actor as the reader's own, with an id", async () => {
    const saved = await saveActor(db, person({ aliases: [{ text: ' Ada ', role: 'surname' }] }));
    expect(saved).toMatchObject({
      name: 'Ada Example',
      userAdded: true,
      aliases: [{ text: 'Ada', role: 'surname' }],
    });
    expect(saved.id).toMatch(/^user:/);
    expect(await db.actors.get(saved.id)).toEqual(saved);
  });
  test('an edited retired starter actor is the reader’s own, no longer retired', async () => {
    const saved = await saveActor(db, person({ id: 'person:old', retired: '3' }));
    expect(saved.retired).toBeUndefined();
    expect(await db.actors.get('person:old')).toMatchObject({ userAdded: true });
  });
  test.each([
    [person({ name: '  ' }), 'needs a name'],
    [person({ kind: 'planet' as Actor['kind'] }), 'must be a person, state'],
    [person({ aliases: [{ text: ' ', role: 'short' }] }), 'An alias is empty'],
    [
      person({
        aliases: [
          { text: 'Ada', role: 'short' },
          { text: 'ada', role: 'surname' },
        ],
      }),
      '"ada" is there twice',
    ],
  ])('refuses %#', async (actor, reason) => {
    await expect(saveActor(db, actor)).rejects.toThrow(reason);
  });
});

describe('mergeActors', () => {
  test('moves aliases, mentions, analyses and notes into the other actor', async () => {
    const before = await mentionsOf(db, 'new');
    const counts = ['person:hakan-fidan', 'person:erdogan'].map((id) => before.find((m) => m.actorId === id));
    await saveNote(db, {
      text: 'On Erdoğan',
      url: 'https://a.test/2',
      pageTitle: 'B',
      actorId: 'person:erdogan',
    });
    const merged = await mergeActors(db, 'person:erdogan', 'person:hakan-fidan');
    expect(merged.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Fidan', 'Recep Tayyip Erdoğan', 'Erdoğan']),
    );
    expect(await db.actors.get('person:erdogan')).toBeUndefined();
    expect(await mentionsOfActor(db, 'person:erdogan')).toHaveLength(0);
    const row = (await mentionsOf(db, 'new')).find((m) => m.actorId === 'person:hakan-fidan');
    expect(row?.count).toBe((counts[0]?.count ?? 0) + (counts[1]?.count ?? 0));
    expect(await db.notes.where({ actorId: 'person:hakan-fidan' }).count()).toBe(2);
    expect((await db.analyses.get('new'))?.actorIds.filter((id) => id === 'person:hakan-fidan')).toHaveLength(
      1,
    );
    expect((await db.analyses.get('new'))?.actorIds).not.toContain('person:erdogan');
  });
  test("the merged actor's timeline takes the analyses that named only the other", async () => {
    await importFile(
      db,
      createDetector,
      new Blob([line('erd', 'Erdoğan spoke in Izmir.', '2025-02-01T00:00:00Z')]),
    );
    await mergeActors(db, 'person:erdogan', 'person:hakan-fidan');
    expect(await timelineIds('person:hakan-fidan')).toEqual(['new', 'erd', 'old']);
    expect(await timelineIds('person:erdogan')).toEqual([]);
  });
  test('refuses to merge an actor into itself', async () => {
    await expect(mergeActors(db, 'state:TR', 'state:TR')).rejects.toThrow('into itself');
  });
});

describe('deleteActor', () => {
  test('keeps the notes as page notes, and undo restores everything exactly', async () => {
    const before = await dumpTables(db);
    const undo = await deleteActor(db, 'person:hakan-fidan');
    expect(undo?.notes).toHaveLength(1);
    const note = (await db.notes.toArray())[0];
    expect(note).toMatchObject({ text: 'On Fidan', url: 'https://a.test/1' });
    expect(note?.actorId).toBeUndefined();
    expect((await db.analyses.get('old'))?.actorIds).not.toContain('person:hakan-fidan');
    expect(await mentionsOfActor(db, 'person:hakan-fidan')).toHaveLength(0);
    expect(await timelineIds('person:hakan-fidan')).toEqual([]);
    await undoDelete(db, undo);
    expect(await dumpTables(db)).toEqual(before);
    expect(await timelineIds('person:hakan-fidan')).toEqual(['new', 'old']);
  });
  test('is null for an unknown actor', async () => {
    expect(await deleteActor(db, 'person:nobody')).toBeNull();
  });
});

test('the timeline holds analyses and notes of the actor, newest first', async () => {
  const items = await actorTimeline(db, 'person:hakan-fidan');
  expect(items.map((i) => (i.kind === 'note' ? i.note.text : i.analysis.id))).toEqual([
    'new',
    'On Fidan',
    'old',
  ]);
  expect((await actorTimeline(db, 'person:hakan-fidan', 1)).map((i) => i.kind)).toEqual(['analysis', 'note']);
});

test('the timeline leaves out an analysis that no longer names the actor', async () => {
  await importFile(
    db,
    createDetector,
    new Blob([line('new', 'Erdoğan met Russia.', '2025-06-01T00:00:00Z')]),
  );
  expect(await timelineIds('person:hakan-fidan')).toEqual(['old']);
  expect(
    (await actorTimeline(db, 'person:hakan-fidan', 1)).flatMap((i) =>
      i.kind === 'analysis' ? [i.analysis.id] : [],
    ),
  ).toEqual(['old']);
  expect(await timelineIds('person:erdogan')).toEqual(['new']);
});

/** The analyses of an actor's timeline, by id. */
async function timelineIds(actorId: string): Promise<string[]> {
  return (await actorTimeline(db, actorId)).flatMap((i) => (i.kind === 'analysis' ? [i.analysis.id] : []));
}

describe('requestPersistence', () => {
  test.each([
    ['already persistent', persistWith(true, false), true],
    ['granted now', persistWith(false, true), true],
    ['refused', persistWith(false, false), false],
    ['throws', { persist: () => Promise.reject(new Error('no')) }, false],
    ['no StorageManager', undefined, false],
  ])('%s', async (_, storage, expected) => {
    expect(await requestPersistence(storage)).toBe(expected);
  });
});

function persistWith(persisted: boolean, granted: boolean) {
  return { persisted: async () => persisted, persist: async () => granted };
}
