import { describe, expect, test } from 'vitest';
import { indexDetection, significantTopics } from './index-detection';
import { type Candidate, rankCandidates, recencyFactor } from './rank';
import { leadSnippet, snippetAt } from './snippet';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const candidate = (
  id: string,
  publishedAt: string,
  actors: Candidate['actors'],
  topicIds: string[] = [],
) => ({
  id,
  publishedAt,
  actors,
  topicIds,
});

describe('rankCandidates', () => {
  const page = new Map([
    ['person:hakan-fidan', 1],
    ['state:TR', 2],
  ]);
  test('a shared person outweighs a shared state', () => {
    const ranked = rankCandidates(
      [
        candidate('state-only', '2026-05-01', [{ actorId: 'state:TR', kind: 'state', count: 1 }]),
        candidate('person', '2026-05-01', [{ actorId: 'person:hakan-fidan', kind: 'person', count: 1 }]),
      ],
      page,
      new Map(),
      NOW,
    );
    expect(ranked.map((r) => r.id)).toEqual(['person', 'state-only']);
  });
  test('newer wins at equal relevance, and unrelated analyses are dropped', () => {
    const actors: Candidate['actors'] = [{ actorId: 'state:TR', kind: 'state', count: 2 }];
    const ranked = rankCandidates(
      [
        candidate('old', '2023-01-01', actors),
        candidate('new', '2026-05-30', actors),
        candidate('none', '2026-05-30', [{ actorId: 'state:FR', kind: 'state', count: 9 }]),
      ],
      page,
      new Map(),
      NOW,
    );
    expect(ranked.map((r) => r.id)).toEqual(['new', 'old']);
    expect(ranked[0]?.sharedActorIds).toEqual(['state:TR']);
  });
  test('shared topics count on their own', () => {
    const ranked = rankCandidates(
      [candidate('t', '2026-05-01', [], ['energy'])],
      page,
      new Map([['energy', 1]]),
      NOW,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.sharedTopicIds).toEqual(['energy']);
  });
});

test.each([
  ['2026-06-01', 1],
  ['2025-06-01', 0.5],
  ['not a date', 0.5],
])('recencyFactor(%s) = %d', (date, expected) => {
  expect(recencyFactor(date, NOW)).toBeCloseTo(expected, 2);
});

describe('snippets', () => {
  const text =
    'Ankara sees an opening. Turkish Foreign Minister Hakan Fidan later warned Moscow about costs.';
  test('cuts around the match at word boundaries', () => {
    const start = text.indexOf('Hakan Fidan');
    const s = snippetAt(text, start, start + 11, 20, 15);
    expect(s.match).toBe('Hakan Fidan');
    expect(s.before).toBe('…Foreign Minister ');
    expect(s.after).toBe(' later warned…');
  });
  test('falls back to the opening words for a position outside the text', () => {
    expect(snippetAt(text, -1, 0)).toEqual(leadSnippet(text));
    expect(leadSnippet(text, 20).after).toBe('Ankara sees an…');
  });
});

describe('indexDetection', () => {
  test('counts confident mentions per actor, first place in the body', () => {
    const indexed = indexDetection(
      {
        mentions: [
          { start: 0, end: 5, actorId: 'state:TR', type: 'LOC', confidence: 0.9 },
          { start: 20, end: 26, actorId: 'state:TR', type: 'LOC', confidence: 0.9 },
          { start: 30, end: 35, actorId: 'state:RU', type: 'LOC', confidence: 0.3 },
          { start: 40, end: 45, actorId: null, type: 'PER', confidence: 0.9 },
        ],
        topics: [],
      },
      10,
    );
    expect(indexed.mentions).toEqual([{ actorId: 'state:TR', count: 2, firstOffset: 10, firstLength: 6 }]);
    expect(indexed.actorIds).toEqual(['state:TR']);
  });
  test.each([
    [[], []],
    [[{ topicId: 'energy', score: 1, hits: 1 }], ['energy']],
    [
      [
        { topicId: 'energy', score: 9, hits: 5 },
        { topicId: 'mediation', score: 4, hits: 2 },
        { topicId: 'sport', score: 1, hits: 3 },
        { topicId: 'trade', score: 5, hits: 1 },
      ],
      ['energy', 'mediation'],
    ],
  ])('significantTopics(%j) = %j', (topics, expected) => {
    expect(significantTopics(topics)).toEqual(expected);
  });
});
