import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { accountExport, singleChannelExport } from '../io/telegram-fixtures';
import type { ImportProgress } from '../io/types';
import type { BackstoryDB } from './database';
import { CHUNK, importFile } from './import';
import { createDetector, dumpTables, mentionsOf, testDb } from './test-db';

let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('import');
});
afterEach(() => db.delete());

const line = (i: number) =>
  JSON.stringify({
    id: `a${i}`,
    title: `Analysis ${i}`,
    text: `Hakan Fidan met Russia's envoys in Ankara, round ${i}.`,
    publishedAt: '2025-01-01T00:00:00Z',
  });
const jsonl = (n: number, extra = '') =>
  new Blob([`${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n${extra}`]);

describe('importFile', () => {
  test('a Telegram export becomes indexed analyses; a second import adds nothing', async () => {
    const first = await importFile(db, createDetector, new Blob([singleChannelExport()]));
    expect(first).toMatchObject({
      format: 'telegram',
      added: 4,
      updated: 0,
      unchanged: 0,
      skipped: 5,
      skippedByReason: { 'service message': 1, empty: 1, 'poll only': 1, unsupported: 1, invalid: 1 },
      problems: [{ position: 'message 9 (id 9)', reason: 'the message has no readable date' }],
    });
    const post = await db.analyses.get('tg:1500100200:2');
    // "flew to Moscow" is a venue; "Ankara wants" is the Turkish government.
    expect(post?.actorIds).toEqual(expect.arrayContaining(['person:hakan-fidan', 'state:TR']));
    expect(post?.actorIds).not.toContain('state:RU');
    // Each analysis is stored with its language (issue 13).
    expect(post?.lang).toBe('en');
    expect((await mentionsOf(db, 'tg:1500100200:2')).length).toBeGreaterThan(1);
    const before = await dumpTables(db);
    const blocks = await db.mentionBlocks.count();
    const second = await importFile(db, createDetector, new Blob([singleChannelExport()]));
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(await dumpTables(db)).toEqual(before);
    expect(await db.mentionBlocks.count()).toBe(blocks);
  });

  test('a Russian analysis is stored with its language and linked to the actors it names', async () => {
    const russian = JSON.stringify({
      id: 'ru1',
      title: 'Визит в Москву',
      text: 'Министр иностранных дел Турции Хакан Фидан прибыл в Москву.',
      publishedAt: '2025-01-01T00:00:00Z',
    });
    await importFile(db, createDetector, new Blob([`${russian}\n`]));
    const stored = await db.analyses.get('ru1');
    expect(stored?.lang).toBe('ru');
    // The fixture actors have Latin names only: the Cyrillic name is found by romanisation.
    expect(stored?.actorIds).toContain('person:hakan-fidan');
  });

  test('an account export imports its channels', async () => {
    const report = await importFile(db, createDetector, new Blob([accountExport()]));
    expect(report).toMatchObject({ format: 'telegram', added: 3, skippedByReason: { 'not a channel': 1 } });
  });

  test('a changed record is updated, keeps when it was first added, and loses its old mentions', async () => {
    await importFile(db, createDetector, jsonl(1));
    const addedAt = (await db.analyses.get('a0'))?.addedAt;
    const changed = JSON.stringify({ id: 'a0', text: 'Now about France only.', publishedAt: '2025-02-01' });
    const report = await importFile(db, createDetector, new Blob([changed]));
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect((await db.analyses.get('a0'))?.addedAt).toBe(addedAt);
    expect((await mentionsOf(db, 'a0')).map((m) => m.actorId)).toEqual(['state:FR']);
  });

  test('invalid lines are reported and skipped, the valid ones still go in', async () => {
    const report = await importFile(
      db,
      createDetector,
      jsonl(3, '{"text":"","publishedAt":"2025-01-01"}\nnot json\n'),
    );
    expect(report.added).toBe(3);
    expect(report.problems).toEqual([
      {
        position: 'line 4',
        reason: 'text is empty',
        at: [{ key: 'problemAtLine', params: ['4'] }],
        why: { field: 'text', why: { key: 'problemEmpty', params: [] } },
      },
      {
        position: 'line 5',
        reason: 'the line is not valid JSON',
        at: [{ key: 'problemAtLine', params: ['5'] }],
        why: { why: { key: 'problemLineNotJson', params: [] } },
      },
    ]);
  });

  test('a cancelled import leaves the database exactly as it was', async () => {
    await importFile(db, createDetector, jsonl(5));
    const before = await dumpTables(db);
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const onProgress = (p: ImportProgress) => {
      progress.push(p);
      // Cancel once a chunk is written, so there is something to roll back.
      if (p.done > CHUNK + 1) controller.abort();
    };
    const run = importFile(db, createDetector, jsonl(CHUNK * 2), { signal: controller.signal, onProgress });
    await expect(run).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(0);
    expect(await db.analyses.count()).toBe(5);
    expect(await dumpTables(db)).toEqual(before);
  }, 60_000);

  test('a file that breaks off mid-way fails as a whole and writes nothing', async () => {
    const before = await dumpTables(db);
    const json = singleChannelExport();
    const cut = `${json.slice(0, json.length - 40)}${' '.repeat(70_000)}`;
    await expect(importFile(db, createDetector, new Blob([cut]))).rejects.toThrow(
      /incomplete|not valid JSON/,
    );
    expect(await dumpTables(db)).toEqual(before);
  });

  test('a file Backstory cannot read is refused in plain words', async () => {
    await expect(importFile(db, createDetector, new Blob(['hello']))).rejects.toThrow(
      /not a Telegram export/,
    );
  });

  test('progress reports bytes, ending with done', async () => {
    const file = jsonl(10);
    const progress: ImportProgress[] = [];
    await importFile(db, createDetector, file, { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({
      phase: 'done',
      done: 10,
      total: 10,
      bytesRead: file.size,
      bytesTotal: file.size,
    });
  });
});
