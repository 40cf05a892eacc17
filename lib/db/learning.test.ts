import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Learner, learnedId } from '../learn/learner';
import { nameKey } from '../learn/name-key';
import { cardData } from './cards';
import type { BackstoryDB } from './database';
import { exportBackup } from './export';
import { CHUNK, importFile } from './import';
import { confirmLearned, dismissedNames, dismissLearned, learnedActors, mergeLearned } from './learned-admin';
import { LEARN_SLICE_MS, learnFrom, learnFromNote } from './learning';
import { saveNote } from './notes';
import { allKnowledge } from './reader-knowledge';
import { relatedAnalyses } from './related';
import { createDetector, dumpTables, indexerFailingAt, mentionsOfActor, testDb } from './test-db';
import { actorTimeline } from './timeline';

let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('learning');
});
afterEach(() => db.delete());

const SADYKOV = learnedId(nameKey('Timur Sadykov'));
const line = (id: string, text: string, source = 'Grain Wire') =>
  JSON.stringify({ id, title: `Post ${id}`, text, source, publishedAt: `2026-0${id.length}-01T00:00:00Z` });
const file = (...lines: string[]) => new Blob([`${lines.join('\n')}\n`]);
const ru = line(
  'ru1',
  'Заместитель министра Тимур Садыков встретился с трейдерами. Садыков заявил, что сделка в силе.',
  'Бишкек Сегодня',
);
const en = line(
  'en1',
  'Deputy minister Timur Sadykov met grain traders in Bishkek. Sadykov said the deal held.',
);
const detectorNow = async () => createDetector(await allKnowledge(db));

describe('learning in the import', () => {
  test('two analyses teach an actor, indexed like a known one; pages detect it at once', async () => {
    const report = await importFile(db, createDetector, file(ru, en));
    expect(report.actorsLearned).toBe(1);
    const actor = await db.actors.get(SADYKOV);
    expect(actor).toMatchObject({ name: 'Timur Sadykov', kind: 'person', userAdded: true });
    expect(actor?.description).toMatch(/Learned from your library.*Бишкек Сегодня.*Grain Wire/);
    expect((await mentionsOfActor(db, SADYKOV)).map((m) => [m.analysisId, m.count]).sort()).toEqual([
      ['en1', 2],
      ['ru1', 2],
    ]);
    expect((await db.analyses.get('ru1'))?.actorIds).toContain(SADYKOV);
    const related = await relatedAnalyses(db, { actors: new Map([[SADYKOV, 1]]), topics: new Map() });
    expect(related.map((r) => r.id).sort()).toEqual(['en1', 'ru1']);
    const card = await cardData(db, SADYKOV, 'https://news.test/a');
    expect(card?.analyses.map((a) => a.id).sort()).toEqual(['en1', 'ru1']);
    expect((await actorTimeline(db, SADYKOV)).length).toBe(2);
    const page = 'Timur Sadykov, Kyrgyzstan’s deputy minister, said on Friday that Sadykov would resign.';
    const found = (await detectorNow()).detect(page).mentions.filter((m) => m.actorId === SADYKOV);
    expect(found.map((m) => page.slice(m.start, m.end))).toEqual(['Timur Sadykov', 'Sadykov']);
  });

  test('one analysis is not enough; a second import teaches; the same file again changes nothing', async () => {
    await importFile(db, createDetector, file(ru));
    expect(await learnedActors(db)).toEqual([]);
    expect(await db.nameSightings.get(nameKey('Timur Sadykov'))).toBeDefined();
    await importFile(db, createDetector, file(en));
    expect((await learnedActors(db)).map((a) => a.id)).toEqual([SADYKOV]);
    const before = await dumpTables(db);
    const again = await importFile(db, createDetector, file(ru, en));
    expect(again).toMatchObject({ unchanged: 2, actorsLearned: 0 });
    expect(await dumpTables(db)).toEqual(before);
  });

  test('one analysis and a note teach an actor', async () => {
    await importFile(db, createDetector, file(ru));
    await saveNote(db, {
      text: 'Ask Timur Sadykov about the grain deal',
      url: 'https://a.test/',
      pageTitle: 'A',
    });
    expect((await learnFromNote(db, 'Ask Timur Sadykov about the grain deal')).added).toBe(1);
    expect(await db.actors.get(SADYKOV)).toBeDefined();
  });

  test('a failed import takes back what it taught', async () => {
    const controller = new AbortController();
    const run = importFile(db, createDetector, file(ru, en), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'done') controller.abort(new Error('stop'));
      },
    });
    await run.catch(() => undefined);
    // Aborted before the commit or not: either everything is there, or nothing is.
    const learned = await learnedActors(db);
    const analyses = await db.analyses.count();
    expect(learned.length === 0 ? analyses === 0 : analyses === 2).toBe(true);
  });
  test('a long learning pass hands the thread back between slices, and learns the same', async () => {
    const events: string[] = [];
    const add = Learner.prototype.add;
    vi.spyOn(Learner.prototype, 'add').mockImplementation(function (this: Learner, ...args) {
      events.push('add');
      add.apply(this, args);
    });
    // Each analysis takes longer than a slice: the thread is handed back after each.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += LEARN_SLICE_MS));
    const name = { key: nameKey('Timur Sadykov'), type: 'PER' as const, forms: ['Timur Sadykov'] };
    const written = ['a1', 'a2', 'a3'].map((id) => ({
      analysis: { id, source: 'Grain Wire', publishedAt: '2026-01-01T00:00:00Z' },
      names: [{ ...name, count: 1, firstOffset: 0, firstLength: 13 }],
    }));
    const tick = () =>
      setTimeout(() => {
        events.push('tick');
        if (events.length < 20) tick();
      }, 0);
    tick();
    try {
      expect((await learnFrom(db, written)).added).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    const adds = events.flatMap((e, i) => (e === 'add' ? [i] : []));
    expect(adds.length).toBe(3);
    expect(events.slice(adds[0], adds.at(-1)).includes('tick')).toBe(true);
    expect((await db.actors.get(SADYKOV))?.description).toMatch(/named in 3 analyses \(Grain Wire\)/);
  });

  test('an import that fails after a chunk taught takes back all it taught, and no more', async () => {
    await importFile(db, createDetector, file(ru));
    const before = await dumpTables(db);
    // The first chunk teaches Sadykov (with the earlier import's post) and the holding (two posts of
    // its own); the third chunk's indexing fails, by when the first is written.
    const filler = Array.from({ length: 2 * CHUNK - 3 }, (_, i) => line(`f${i}`, `Post ${i} about grain.`));
    const holding = (id: string) => line(id, 'Azov Maritime Holdings bought two ships.');
    const more = line('late', 'Timur Sadykov again.');
    const indexer = indexerFailingAt(3, async () => {
      expect((await learnedActors(db)).length).toBe(2);
    });
    const failing = importFile(db, indexer, file(en, holding('o1'), holding('o22'), ...filler, more));
    await expect(failing).rejects.toThrow('the indexer failed');
    expect(await dumpTables(db)).toEqual(before);
  }, 60_000);
});

describe('the reader in charge', () => {
  beforeEach(async () => {
    await importFile(db, createDetector, file(ru, en));
  });

  test('confirm makes it the reader’s own', async () => {
    const actor = await confirmLearned(db, SADYKOV);
    expect(actor.learned).toBeUndefined();
    expect((await db.actors.get(SADYKOV))?.userAdded).toBe(true);
    expect(await learnedActors(db)).toEqual([]);
  });

  test('dismiss removes it and its name is never learned again', async () => {
    await dismissLearned(db, SADYKOV);
    expect(await db.actors.get(SADYKOV)).toBeUndefined();
    expect(await mentionsOfActor(db, SADYKOV)).toEqual([]);
    const en2 = line('en22', 'Timur Sadykov spoke again. Sadykov was calm.');
    const en3 = line('en333', 'Timur Sadykov spoke a third time.');
    expect((await importFile(db, createDetector, file(en2, en3))).actorsLearned).toBe(0);
    expect(await db.actors.get(SADYKOV)).toBeUndefined();
  });

  test('merge into a known actor: mentions, notes and forms follow', async () => {
    await saveNote(db, { text: 'Watch him', url: 'https://a.test/', pageTitle: 'A', actorId: SADYKOV });
    const merged = await mergeLearned(db, SADYKOV, 'person:hakan-fidan');
    expect(merged.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Timur Sadykov', 'Тимур Садыков']),
    );
    expect((await mentionsOfActor(db, 'person:hakan-fidan')).map((m) => m.analysisId).sort()).toEqual([
      'en1',
      'ru1',
    ]);
    expect((await db.notes.toArray()).map((n) => n.actorId)).toEqual(['person:hakan-fidan']);
    expect((await dismissedNames(db)).map((d) => d.into)).toEqual(['person:hakan-fidan']);
    const page = 'Timur Sadykov said so.';
    expect((await detectorNow()).detect(page).mentions[0]?.actorId).toBe('person:hakan-fidan');
  });

  test('learned, confirmed and dismissed names survive the backup round trip', async () => {
    await importFile(
      db,
      createDetector,
      file(line('o1', 'Azov Maritime Holdings said so.'), line('o22', 'Azov Maritime Holdings grew.')),
    );
    const azov = learnedId(nameKey('Azov Maritime Holdings'));
    await dismissLearned(db, azov);
    const backup = await exportBackup(db);
    const restored = await testDb('learning-restore');
    try {
      await importFile(restored, createDetector, backup);
      expect(await restored.actors.get(SADYKOV)).toMatchObject({
        learned: { key: nameKey('Timur Sadykov') },
      });
      expect((await mentionsOfActor(restored, SADYKOV)).length).toBe(2);
      expect((await dismissedNames(restored)).map((d) => d.key)).toEqual([nameKey('Azov Maritime Holdings')]);
      expect(await restored.actors.get(azov)).toBeUndefined();
    } finally {
      await restored.delete();
    }
  });
});
