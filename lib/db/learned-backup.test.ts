import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { learnedId } from '../learn/learner';
import { nameKey } from '../learn/name-key';
import type { Actor } from '../model';
import { saveActor } from './actors-admin';
import { cardData } from './cards';
import type { BackstoryDB } from './database';
import { exportBackup } from './export';
import { importFile } from './import';
import { confirmLearned, dismissedNames, dismissLearned, learnedActors, mergeLearned } from './learned-admin';
import { saveNote } from './notes';
import { allKnowledge } from './reader-knowledge';
import { createDetector, mentionsOfActor, testDb } from './test-db';

/**
 * Issue 12: everything the reader decided about learned actors survives a backup imported into an
 * empty library. The library learns five names; the reader leaves one, confirms one, renames one and
 * gives it aliases, merges one into a known actor and dismisses one; then a backup goes into a fresh
 * library, and the same articles imported there teach nothing that the reader undid.
 */
const id = (name: string) => learnedId(nameKey(name));
const NAMES = {
  left: 'Marat Zhunusov',
  confirmed: 'Timur Sadykov',
  renamed: 'Olha Kovalchuk',
  merged: 'Ruslan Bekov',
  dismissed: 'Azov Maritime Holdings',
} as const;
const KNOWN = 'person:hakan-fidan';

let n = 0;
let prefix = 'a';
const line = (text: string, source: string) =>
  JSON.stringify({
    id: `${prefix}${++n}`,
    title: `Post ${n}`,
    text,
    source,
    publishedAt: `2026-03-${10 + n}T00:00:00Z`,
  });
/** Ten articles, two on each name; a new `idPrefix` makes them new analyses. */
const articles = (idPrefix = 'a') => {
  n = 0;
  prefix = idPrefix;
  return new Blob([
    `${Object.values(NAMES)
      .flatMap((name) => [
        line(`${name} spoke in Bishkek on Monday about the grain corridor.`, 'Grain Wire'),
        line(`On Friday ${name} met exporters in Odesa.`, 'Bishkek Today'),
      ])
      .join('\n')}\n`,
  ]);
};

let db: BackstoryDB;
let restored: BackstoryDB;
let renamed: Actor;

beforeAll(async () => {
  db = await testDb('learned-backup');
  restored = await testDb('learned-backup-restored');
  const report = await importFile(db, createDetector, articles());
  expect(report.actorsLearned).toBe(5);
  await confirmLearned(db, id(NAMES.confirmed));
  const kovalchuk = await db.actors.get(id(NAMES.renamed));
  if (!kovalchuk) throw new Error('Kovalchuk was not learned');
  renamed = await saveActor(db, {
    ...kovalchuk,
    name: 'Olha Kovalchuk MP',
    aliases: [...kovalchuk.aliases, { text: 'O. Kovalchuk', role: 'name' }],
  });
  await saveNote(db, { text: 'Ask him', url: 'https://a.test/', pageTitle: 'A', actorId: id(NAMES.merged) });
  await mergeLearned(db, id(NAMES.merged), KNOWN);
  await dismissLearned(db, id(NAMES.dismissed));
  const backup = await exportBackup(db);
  const back = await importFile(restored, createDetector, backup);
  expect(back.problems).toEqual([]);
  // New articles on the same names, into the restored library: nothing the reader undid comes back.
  const later = await importFile(restored, createDetector, articles('later'));
  expect(later).toMatchObject({ added: 10, actorsLearned: 0 });
});
afterAll(async () => {
  await db.delete();
  await restored.delete();
});

const actorIn = (where: BackstoryDB, actorId: string) => where.actors.get(actorId);

describe('a backup round trip of learned actors', () => {
  test('a learned actor stays learned, with its sources and mentions', async () => {
    const actor = await actorIn(restored, id(NAMES.left));
    expect(actor?.learned).toEqual((await actorIn(db, id(NAMES.left)))?.learned);
    expect(actor?.learned?.sources.sort()).toEqual(['Bishkek Today', 'Grain Wire']);
    expect(await mentionsOfActor(restored, id(NAMES.left))).toHaveLength(4);
  });

  test('a confirmed actor stays the reader’s own, not learned', async () => {
    const actor = await actorIn(restored, id(NAMES.confirmed));
    expect(actor).toMatchObject({ name: NAMES.confirmed, userAdded: true });
    expect(actor?.learned).toBeUndefined();
    expect(await mentionsOfActor(restored, id(NAMES.confirmed))).toHaveLength(4);
  });

  test('a renamed actor keeps its new name and the aliases the reader gave it, and no twin is learned', async () => {
    const actor = await actorIn(restored, id(NAMES.renamed));
    expect(actor).toEqual(renamed);
    expect(actor?.aliases.map((a) => a.text)).toContain('O. Kovalchuk');
    const twins = (await learnedActors(restored)).filter((a) => a.learned?.key === nameKey(NAMES.renamed));
    expect(twins.map((a) => a.id)).toEqual([id(NAMES.renamed)]);
    const page = 'O. Kovalchuk and Olha Kovalchuk MP spoke.';
    const found = createDetector(await allKnowledge(restored)).detect(page).mentions;
    expect(found.map((m) => m.actorId)).toEqual([id(NAMES.renamed), id(NAMES.renamed)]);
  });

  test('a merged actor stays merged: its forms, mentions and note are the known actor’s', async () => {
    expect(await actorIn(restored, id(NAMES.merged))).toBeUndefined();
    const known = await actorIn(restored, KNOWN);
    expect(known?.aliases.map((a) => a.text)).toContain(NAMES.merged);
    expect((await mentionsOfActor(restored, KNOWN)).length).toBeGreaterThanOrEqual(4);
    expect((await restored.notes.toArray()).map((note) => note.actorId)).toEqual([KNOWN]);
    const card = await cardData(restored, KNOWN, 'https://b.test/');
    expect(card?.analyses.length).toBeGreaterThanOrEqual(2);
  });

  test('a dismissed form is never learned again', async () => {
    expect(await actorIn(restored, id(NAMES.dismissed))).toBeUndefined();
    expect(await dismissedNames(restored)).toEqual(await dismissedNames(db));
    expect((await dismissedNames(restored)).map((d) => d.key).sort()).toEqual(
      [nameKey(NAMES.dismissed), nameKey(NAMES.merged)].sort(),
    );
  });

  test('the restored library learned exactly what the original holds', async () => {
    const ids = async (where: BackstoryDB) => (await learnedActors(where)).map((a) => a.id).sort();
    expect(await ids(restored)).toEqual(await ids(db));
  });
});
