import { expect, test } from 'vitest';
import type { Actor } from '../../model';
import type { Detection } from '../types';
import { detectRecord, wikidataOf } from './detect-record';

const TURKEY: Actor = {
  id: 'state:TR',
  name: 'Türkiye',
  kind: 'state',
  description: 'Sovereign state.',
  aliases: [{ text: 'Ankara', role: 'capital' }],
  country: 'TR',
};
const NATO = {
  ...TURKEY,
  id: 'org:nato',
  name: 'NATO',
  kind: 'organisation',
  country: undefined,
  wikidata: 'Q7184',
} as Actor;
const byId = new Map([TURKEY, NATO].map((a) => [a.id, a]));

const TEXT = 'Ankara told NATO that Jane Roe 😀 was in Ruritania.';
const DETECTION: Detection = {
  mentions: [
    { start: 0, end: 6, actorId: 'state:TR', type: 'LOC', confidence: 0.95, role: 'capital' },
    { start: 12, end: 16, actorId: 'org:nato', type: 'ORG', confidence: 0.99, role: 'name' },
    { start: 22, end: 30, actorId: null, type: 'PER', confidence: 0.8 },
    // After an astral character: offsets stay UTF-16, as the detector gives them.
    { start: 41, end: 50, actorId: null, type: 'LOC', confidence: 0.4 },
  ],
  topics: [{ topicId: 'security', score: 12.5, hits: 2 }],
};

test('mentions carry their text, the actor facts, and nulls for unknown names', () => {
  const record = detectRecord(TEXT, DETECTION, (id) => byId.get(id), 'en');
  expect(record.lang).toBe('en');
  expect(record.mentions.map((m) => m.text)).toEqual(['Ankara', 'NATO', 'Jane Roe', 'Ruritania']);
  expect(record.mentions[0]).toEqual({
    start: 0,
    end: 6,
    text: 'Ankara',
    type: 'LOC',
    actorId: 'state:TR',
    name: 'Türkiye',
    kind: 'state',
    country: 'TR',
    wikidata: null,
    confidence: 0.95,
    role: 'capital',
  });
  expect(record.mentions[1]).toMatchObject({ name: 'NATO', country: null, wikidata: 'Q7184' });
  expect(record.mentions[2]).toMatchObject({
    actorId: null,
    name: null,
    kind: null,
    country: null,
    role: null,
  });
  expect(record.topics).toEqual([{ id: 'security', score: 12.5, hits: 2 }]);
});

test.each([
  [0, 4],
  [0.6, 3],
  [0.96, 1],
])('with minimum confidence %d, %i mentions are kept', (min, count) => {
  expect(detectRecord(TEXT, DETECTION, (id) => byId.get(id), null, min).mentions).toHaveLength(count);
});

test('an id the knowledge base does not know prints with null facts', () => {
  const record = detectRecord(TEXT, DETECTION, () => undefined, null);
  expect(record.mentions[0]).toMatchObject({ actorId: 'state:TR', name: null, kind: null, wikidata: null });
});

test('wikidataOf reads the optional field', () => {
  expect(wikidataOf(NATO)).toBe('Q7184');
  expect(wikidataOf(TURKEY)).toBeNull();
});
