import { afterEach, beforeEach, expect, test } from 'vitest';
import { learnedId } from '../learn/learner';
import { nameKey } from '../learn/name-key';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { learnedActors } from './learned-admin';
import { allKnowledge } from './reader-knowledge';
import { createDetector, mentionsOfActor, testDb } from './test-db';

/** Issue 12: a post in another script and an article in Latin letters meet in one learned actor. */
let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('learned-scripts');
});
afterEach(() => db.delete());

const line = (id: string, text: string, source: string) =>
  JSON.stringify({ id, title: `Post ${id}`, text, source, publishedAt: '2026-04-01T00:00:00Z' });

test('a Greek post and an English article teach one actor, with its Latin spelling', async () => {
  const greek = line(
    'el1',
    'Ο υπουργός Ανδρέας Παπαδόπουλος συναντήθηκε με εφοπλιστές στον Πειραιά. Ο Παπαδόπουλος δήλωσε ότι τα τέλη δεν θα αυξηθούν.',
    'Πειραιάς Σήμερα',
  );
  const english = line(
    'en1',
    'The minister Andreas Papadopoulos met shipowners in Piraeus. Papadopoulos said fees would not rise.',
    'Harbour Wire',
  );
  const report = await importFile(db, createDetector, new Blob([`${greek}\n${english}\n`]));
  expect(report.actorsLearned).toBe(1);
  const [actor] = await learnedActors(db);
  expect(actor?.id).toBe(learnedId(nameKey('Andreas Papadopoulos')));
  expect(actor?.name).toBe('Andreas Papadopoulos');
  expect(actor?.aliases.map((a) => a.text)).toContain('Ανδρέας Παπαδόπουλος');
  expect(actor?.learned?.sources.sort()).toEqual(['Harbour Wire', 'Πειραιάς Σήμερα']);
  expect((await mentionsOfActor(db, actor?.id ?? '')).map((m) => m.analysisId).sort()).toEqual([
    'el1',
    'en1',
  ]);
});

test('two Arabic posts teach an actor found after a title; an English article names it in Latin letters', async () => {
  const ar1 = line(
    'ar1',
    'قال القائد هادي العامري إن الفصائل لن تنسحب من المدينة. وأضاف العامري أن الاتفاق صامد.',
    'قناة بغداد',
  );
  const ar2 = line('ar2', 'التقى الوفد بالقائد هادي العامري في بغداد أمس.', 'قناة بغداد');
  const report = await importFile(db, createDetector, new Blob([`${ar1}\n${ar2}\n`]));
  expect(report.actorsLearned).toBe(1);
  const [actor] = await learnedActors(db);
  expect(actor?.aliases.map((a) => a.text).concat(actor?.name ?? '')).toContain('هادي العامري');
  const english = line('en1', 'The commander Hadi al-Amiri said the militias would stay.', 'Iraq Wire');
  await importFile(db, createDetector, new Blob([`${english}\n`]));
  const learned = await learnedActors(db);
  expect(learned.map((a) => a.id)).toEqual([actor?.id]);
  expect((await mentionsOfActor(db, actor?.id ?? '')).map((m) => m.analysisId).sort()).toEqual([
    'ar1',
    'ar2',
    'en1',
  ]);
  // Its name is now the Latin spelling, and pages in English find it.
  expect((await db.actors.get(actor?.id ?? ''))?.name).toBe('Hadi al-Amiri');
  const page = 'In Baghdad, Hadi al-Amiri said the militias would stay.';
  const found = createDetector(await allKnowledge(db)).detect(page).mentions;
  expect(found.filter((m) => m.actorId === actor?.id).map((m) => page.slice(m.start, m.end))).toEqual([
    'Hadi al-Amiri',
  ]);
});
