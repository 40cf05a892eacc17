import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { saveNote } from './notes';
import { searchLibrary } from './search';
import { createDetector, testDb } from './test-db';

let db: BackstoryDB;
const row = (id: string, title: string, text: string, publishedAt = '2025-01-01T00:00:00Z') =>
  JSON.stringify({ id, title, text, publishedAt });
beforeEach(async () => {
  db = await testDb('search');
  const lines = [
    row(
      'grain',
      'Grain corridor talks',
      'Erdoğan hosts the Black Sea grain talks in Istanbul.',
      '2025-02-01T00:00:00Z',
    ),
    row('gas', 'TurkStream keeps flowing', 'Russian gas reaches Europe through Turkey.'),
    row('grain-old', 'Grain, again', 'An older look at the grain deal.', '2023-01-01T00:00:00Z'),
  ];
  await importFile(db, createDetector, new Blob([lines.join('\n')]));
  await saveNote(db, {
    text: 'Remember the pipeline capacity figures',
    url: 'https://a.test/x',
    pageTitle: 'Pipelines',
  });
});
afterEach(() => db.delete());

const ids = async (query: string) => (await searchLibrary(db, query)).map((h) => `${h.kind}:${h.id}`);

describe('searchLibrary', () => {
  test.each([
    ['a whole word', 'grain', ['analysis:grain', 'analysis:grain-old']],
    ['a word being typed', 'turkstr', ['analysis:gas']],
    ['without accents', 'erdogan', ['analysis:grain']],
    ['every word must match', 'grain istanbul', ['analysis:grain']],
    ['words in any order', 'istanbul grain', ['analysis:grain']],
    ['nothing that matches', 'zebra', []],
    ['a note, fuzzily', 'pipline capacity', ['note:']],
    ['too short to search', 'g', []],
  ])('%s: %j', async (_, query, expected) => {
    const found = await ids(query);
    if (expected[0] === 'note:') expect(found).toEqual([expect.stringMatching(/^note:/)]);
    // Which matching record ranks first is fuse's call; these rules are about what matches.
    else expect([...found].sort()).toEqual(expected);
  });

  test('a hit carries title, date and an excerpt around the match, as plain text', async () => {
    const [hit] = await searchLibrary(db, 'istanbul');
    expect(hit).toEqual({
      kind: 'analysis',
      id: 'grain',
      title: 'Grain corridor talks',
      excerpt: 'Erdoğan hosts the Black Sea grain talks in Istanbul.',
      date: '2025-02-01T00:00:00Z',
    });
  });

  test('an updated analysis is found by its new words, no longer by the old ones', async () => {
    const changed = row(
      'grain',
      'Grain corridor talks',
      'Now the talks moved to Odesa.',
      '2025-02-01T00:00:00Z',
    );
    await importFile(db, createDetector, new Blob([changed]));
    expect(await ids('istanbul')).toEqual([]);
    expect(await ids('odesa')).toEqual(['analysis:grain']);
    expect(await ids('grain')).toHaveLength(2);
  });

  test('limit caps the hits', async () => {
    expect(await searchLibrary(db, 'grain', { limit: 1 })).toHaveLength(1);
  });
});
