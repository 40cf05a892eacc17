import { expect, test } from 'vitest';
import type { EntityMention } from '../types';
import {
  addMentions,
  auditPrecision,
  contextOf,
  emptyTally,
  sampleOf,
  seededRandom,
  share,
  summarizeTally,
} from './link-stats';

const m = (
  type: EntityMention['type'],
  actorId: string | null,
  confidence: number,
  role?: EntityMention['role'],
) => ({ start: 0, end: 1, type, actorId, confidence, role }) as EntityMention;

test('counts confident mentions per type, links per role, and leaves demonyms out of the types', () => {
  const tally = emptyTally();
  addMentions(tally, [
    m('PER', 'person:a', 0.99, 'name'),
    m('PER', 'person:a', 0.75, 'surname'),
    m('PER', null, 0.9),
    m('PER', 'person:b', 0.5, 'surname'), // below CONFIDENT: not counted anywhere
    m('LOC', 'state:TR', 0.95, 'capital'),
    m('LOC', 'state:TR', 0.99, 'demonym'),
    m('ORG', null, 0.6),
  ]);
  expect(tally.byType).toEqual({
    PER: { mentions: 3, linked: 2 },
    ORG: { mentions: 1, linked: 0 },
    LOC: { mentions: 1, linked: 1 },
  });
  expect(tally.byRole.name).toEqual({ PER: 1, ORG: 0, LOC: 0 });
  expect(tally.byRole.surname).toEqual({ PER: 1, ORG: 0, LOC: 0 });
  expect(tally.byRole.capital.LOC).toBe(1);
  expect(tally.byRole.demonym.LOC).toBe(1);
  expect(tally.byRole.title).toEqual({ PER: 0, ORG: 0, LOC: 0 });
});

test('the same seed draws the same sample, another seed another one', () => {
  const items = Array.from({ length: 1000 }, (_, i) => i);
  const a = sampleOf(items, 10, 42);
  expect(sampleOf(items, 10, 42)).toEqual(a);
  expect(sampleOf(items, 10, 43)).not.toEqual(a);
  expect(new Set(a).size).toBe(10);
  expect([...a].sort((x, y) => x - y)).toEqual(a);
});

test.each([
  [0, 0],
  [3, 3],
  [5, 5],
  [9, 5],
])('a sample of %i from 5 items has %i', (n, size) => {
  expect(sampleOf([1, 2, 3, 4, 5], n, 1)).toHaveLength(size);
});

test('the seeded generator stays in [0, 1) and spreads', () => {
  const random = seededRandom(7);
  const draws = Array.from({ length: 10_000 }, random);
  expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...draws)).toBeLessThan(1);
  const low = draws.filter((x) => x < 0.5).length;
  expect(low).toBeGreaterThan(4_700);
  expect(low).toBeLessThan(5_300);
});

test.each([
  ['short text, nothing cut', 'Talks in Ankara ended.', 'Ankara', 50, 'Talks in ⟦Ankara⟧ ended.'],
  ['whitespace runs made one space', 'Talks\n\nin  Ankara', 'Ankara', 20, 'Talks in ⟦Ankara⟧'],
  ['cut at a space, with ellipses', 'aaaa bbbb Ankara cccc dddd', 'Ankara', 7, '…bbbb ⟦Ankara⟧ cccc…'],
])('context: %s', (_, text, mention, width, expected) => {
  const start = text.indexOf(mention);
  expect(contextOf(text, start, start + mention.length, width)).toBe(expected);
});

test.each([
  [1, 3, 0.333],
  [0, 0, 0],
  [2, 2, 1],
])('share %i of %i is %d', (part, whole, expected) => {
  expect(share(part, whole)).toBe(expected);
});

test('the summary gives shares per type and each role its share of all links', () => {
  const tally = emptyTally();
  addMentions(tally, [
    m('PER', 'person:a', 0.99, 'name'),
    m('PER', null, 0.9),
    m('ORG', 'org:a', 0.99, 'abbreviation'),
    m('LOC', 'state:TR', 0.99, 'demonym'),
  ]);
  const s = summarizeTally(tally);
  expect(s.links).toBe(3);
  expect(s.byType.PER).toEqual({ mentions: 2, linked: 1, share: 0.5 });
  expect(s.byType.LOC).toEqual({ mentions: 0, linked: 0, share: 0 });
  expect(s.byRole.demonym).toEqual({ links: 1, share: 0.333, PER: 0, ORG: 0, LOC: 1 });
  expect(s.byRole.capital.links).toBe(0);
});

test('audited rows give precision per role and overall; unjudged rows are counted apart', () => {
  const result = auditPrecision([
    { role: 'capital', correct: true },
    { role: 'capital', correct: false },
    { role: 'name', correct: true },
    { role: 'name', correct: null },
    { role: 'surname' },
  ]);
  expect(result.capital).toEqual({ right: 1, wrong: 1, precision: 0.5 });
  expect(result.name).toEqual({ right: 1, wrong: 0, precision: 1 });
  expect(result.overall).toEqual({ right: 2, wrong: 1, precision: 0.667 });
  expect(result.surname).toBeUndefined();
  expect(result.unjudged).toBe(2);
});
