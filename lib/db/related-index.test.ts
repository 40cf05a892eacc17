import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { putAnalysesNamed } from './analyses';
import type { BackstoryDB } from './database';
import { RelatedIndex, relatedIndex } from './related-index';
import { createDetector, testDb } from './test-db';

let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('related-index');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const PAGE = new Map([['person:hakan-fidan', 1]]);

async function save(id: string): Promise<void> {
  const detector = createDetector({ actors: await db.actors.toArray(), topics: [] });
  await putAnalysesNamed(db, detector, [
    {
      id,
      title: id,
      source: 'A',
      url: `https://a.test/${id}`,
      text: 'Hakan Fidan met officials.',
      publishedAt: '2025-03-01T00:00:00Z',
      origin: 'saved-page',
    },
  ]);
}

test('a failed build is not kept: the next query builds the index again (issue 14)', async () => {
  await save('a1');
  vi.spyOn(RelatedIndex, 'build').mockRejectedValueOnce(new Error('read failed'));
  await expect(relatedIndex(db)).rejects.toThrow('read failed');
  const index = await relatedIndex(db);
  expect(index.top(PAGE, new Map(), new Map(), new Set(), Date.now(), 5)).toEqual(['a1']);
});

test('a saved analysis drops the index: the next query finds it', async () => {
  await save('a1');
  expect((await relatedIndex(db)).top(PAGE, new Map(), new Map(), new Set(), Date.now(), 5)).toEqual(['a1']);
  await save('a2');
  expect((await relatedIndex(db)).top(PAGE, new Map(), new Map(), new Set(), Date.now(), 5).sort()).toEqual([
    'a1',
    'a2',
  ]);
});
