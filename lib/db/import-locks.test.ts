import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportProgress } from '../io/types';
import type { Note } from '../model';
import type { BackstoryDB } from './database';
import { CHUNK, importFile } from './import';
import { rollbackAbandonedImports, rollbackImport } from './import-journal';
import { importLockName, localLocks } from './import-locks';
import { writeRows } from './import-writer';
import { createDetector, dumpTables, indexerFailingAt, testDb } from './test-db';

// Issue 14, "Imports roll back by the wall clock": a journal older than 10 minutes was rolled back
// even while its import still ran, two imports ran at once, and a rollback wrote old snapshots over
// later edits.
let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('import-locks');
});
afterEach(() => db.delete());

const actor = { id: 'user:a', name: 'A', kind: 'state' as const, description: '', aliases: [] };

/** Holds import `id`'s lock, as a running import does, until the returned function is called. */
async function holdLock(id: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((granted) => {
    void localLocks.request(importLockName(id), async () => {
      granted();
      await new Promise<void>((done) => {
        release = done;
      });
    });
  });
  await held;
  return release;
}

describe('which journals are rolled back', () => {
  test("a running import's journal stays however old it is; one whose import ended goes", async () => {
    const before = await dumpTables(db);
    await writeRows(db, db.actors, (a) => a.id, 'closed-tab', [actor]);
    await writeRows(db, db.actors, (a) => a.id, 'running', [{ ...actor, id: 'user:b' }]);
    // Both journals are a day old: age says nothing about whether an import still runs.
    await db.importJournal.toCollection().modify({ at: Date.now() - 86_400_000 });
    const release = await holdLock('running');
    expect(await rollbackAbandonedImports(db, localLocks)).toBe(1);
    expect(await db.actors.get('user:a')).toBeUndefined();
    expect(await db.actors.get('user:b')).toBeDefined();
    release();
    expect(await rollbackAbandonedImports(db, localLocks)).toBe(1);
    expect(await dumpTables(db)).toEqual(before);
  });
});

describe('two imports asked for at once', () => {
  const lines = (from: number, to: number, title: string) =>
    new Blob([
      Array.from({ length: to - from }, (_, i) =>
        JSON.stringify({
          id: `a${from + i}`,
          title: `${title} ${from + i}`,
          text: `Hakan Fidan met Russia's envoys in Ankara, round ${from + i}.`,
          publishedAt: '2025-01-01T00:00:00Z',
        }),
      ).join('\n'),
    ]);

  test('run one after the other, the second waiting, and both complete', async () => {
    const events: string[] = [];
    const track = (name: string) => (p: ImportProgress) => {
      if (p.phase === 'waiting' || p.phase === 'done' || !events.includes(`${name} ${p.phase}`)) {
        events.push(`${name} ${p.phase}`);
      }
    };
    const [first, second] = await Promise.all([
      importFile(db, createDetector, lines(0, 300, 'First'), { locks: localLocks, onProgress: track('A') }),
      importFile(db, createDetector, lines(200, 500, 'Second'), {
        locks: localLocks,
        onProgress: track('B'),
      }),
    ]);
    expect(events).toEqual(['B waiting', 'A writing', 'A done', 'B writing', 'B done']);
    expect(first).toMatchObject({ added: 300, updated: 0 });
    // The 100 records both files hold were the first file's when the second ran: updated, not new.
    expect(second).toMatchObject({ added: 200, updated: 100 });
    expect(await db.analyses.count()).toBe(500);
    expect((await db.analyses.get('a250'))?.title).toBe('Second 250');
    expect(await db.importJournal.count()).toBe(0);
  });

  test('a cancelled wait runs nothing', async () => {
    const release = await holdLock('x');
    const running = importFile(db, createDetector, lines(0, 10, 'First'), { locks: localLocks });
    const controller = new AbortController();
    const waiting = importFile(db, createDetector, lines(0, 10, 'Second'), {
      locks: localLocks,
      signal: controller.signal,
    });
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    await running;
    release();
    expect((await db.analyses.get('a1'))?.title).toBe('First 1');
  });
});

describe('a rollback and later edits', () => {
  const note = (id: string, text: string): Note => ({
    id,
    text,
    url: 'https://news.test/a',
    pageTitle: 'A',
    createdAt: 1,
    updatedAt: 1,
  });

  test('leaves rows changed or deleted since the import wrote them, undoes the rest', async () => {
    await db.notes.bulkPut([note('edited', 'old'), note('untouched', 'old'), note('deleted', 'old')]);
    await writeRows(db, db.notes, (n) => n.id, 'imp', [
      note('edited', 'imported'),
      note('untouched', 'imported'),
      note('deleted', 'imported'),
      note('added-then-edited', 'imported'),
      note('added', 'imported'),
    ]);
    // The reader works on while the import runs.
    await db.notes.update('edited', { text: 'edited later' });
    await db.notes.delete('deleted');
    await db.notes.update('added-then-edited', { text: 'edited later' });
    await rollbackImport(db, 'imp');
    const texts = Object.fromEntries((await db.notes.toArray()).map((n) => [n.id, n.text]));
    expect(texts).toEqual({ edited: 'edited later', untouched: 'old', 'added-then-edited': 'edited later' });
  });

  test('an analysis changed after the import wrote it keeps the later version', async () => {
    const tiny = (i: number) => JSON.stringify({ id: `t${i}`, text: `Post ${i}`, publishedAt: '2025-01-01' });
    const file = new Blob([Array.from({ length: CHUNK * 2 + 1 }, (_, i) => tiny(i)).join('\n')]);
    // By the third chunk's indexing the first chunk is written: the reader edits one of its
    // analyses, then the import fails.
    const indexer = indexerFailingAt(3, () => db.analyses.update('t0', { title: 'Edited later' }));
    await expect(importFile(db, indexer, file, { locks: localLocks })).rejects.toThrow('the indexer failed');
    expect((await db.analyses.toArray()).map((a) => [a.id, a.title])).toEqual([['t0', 'Edited later']]);
  }, 30_000);
});
