import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { naiveRelatedIds } from './naive-related';
import { relatedAnalyses } from './related';
import { createDetector, testDb } from './test-db';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rand = random(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
const NAMES = FIXTURE_ACTORS.map((a) => a.name);
const TOPIC_WORDS = ['gas pipeline', 'sanctions', 'ceasefire talks', 'election', 'mediation'];

let db: BackstoryDB;
beforeAll(async () => {
  db = await testDb('related');
  const lines = Array.from({ length: 120 }, (_, i) => {
    const names = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(NAMES));
    const text = `${names.join(' met ')} to discuss ${pick(TOPIC_WORDS)} and ${pick(TOPIC_WORDS)}. ${pick(NAMES)} said little.`;
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    return JSON.stringify({
      id: `r${i}`,
      text,
      publishedAt: `202${Math.floor(rand() * 5)}-${month}-${day}T00:00:00Z`,
      url: `https://r.test/${i % 50}`,
    });
  });
  await importFile(db, createDetector, new Blob([lines.join('\n')]));
});
afterAll(() => db.delete());

const ACTOR_IDS = FIXTURE_ACTORS.map((a) => a.id);
const queries = Array.from({ length: 25 }, (_, i) => ({
  actors: new Map(
    Array.from({ length: 1 + (i % 6) }, () => [pick(ACTOR_IDS), Math.round(rand() * 10) / 10 + 0.1] as const),
  ),
  topics: new Map(i % 3 === 0 ? [[pick(['energy', 'sanctions', 'mediation', 'elections']), 1] as const] : []),
  now: Date.parse('2025-06-01'),
  ...(i % 4 === 0 ? { excludeUrl: `https://r.test/${i}` } : {}),
}));

test.each(queries.map((q, i) => [i, q]))(
  'query %i ranks as a full scan of every analysis does',
  async (_, query) => {
    expect((await relatedAnalyses(db, query)).map((r) => r.id)).toEqual(await naiveRelatedIds(db, query));
  },
);

test('a new analysis is found right after it is written', async () => {
  const query = {
    actors: new Map([['person:hakan-fidan', 1]]),
    topics: new Map(),
    now: Date.parse('2026-06-01'),
  };
  await relatedAnalyses(db, query);
  const line = JSON.stringify({
    id: 'fresh',
    text: 'Hakan Fidan, Hakan Fidan and Fidan again.',
    publishedAt: '2026-05-31T00:00:00Z',
  });
  await importFile(db, createDetector, new Blob([line]));
  expect((await relatedAnalyses(db, query))[0]?.id).toBe('fresh');
});

test('an analysis changed after it was shown is shown as it is now', async () => {
  const query = {
    actors: new Map([['person:hakan-fidan', 1]]),
    topics: new Map(),
    now: Date.parse('2026-06-01'),
  };
  const line = (title: string) =>
    JSON.stringify({
      id: 'shown',
      title,
      text: 'Hakan Fidan, Fidan, Hakan Fidan, Fidan and Hakan Fidan.',
      publishedAt: '2026-05-31T12:00:00Z',
    });
  await importFile(db, createDetector, new Blob([line('Before')]));
  const titleOfShown = async () => (await relatedAnalyses(db, query)).find((r) => r.id === 'shown')?.title;
  expect(await titleOfShown()).toBe('Before');
  await importFile(db, createDetector, new Blob([line('After')]));
  expect(await titleOfShown()).toBe('After');
});

test('the comparison above is not empty: most queries find analyses', async () => {
  const found = await Promise.all(queries.map((q) => naiveRelatedIds(db, q)));
  expect(found.filter((ids) => ids.length > 1).length).toBeGreaterThan(queries.length * 0.7);
});
