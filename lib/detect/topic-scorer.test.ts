import { describe, expect, test } from 'vitest';
import { TOPICS } from '../kb/topics';
import type { Topic } from '../model';
import { tokenize } from './tokenize';
import { TopicScorer, topicScorerFor } from './topic-scorer';

const scorer = new TopicScorer(TOPICS);
const top = (text: string) => scorer.score(tokenize(text))[0]?.topicId ?? null;

test('the taxonomy has at least 20 topics with unique ids, including the ones others rely on', () => {
  const ids = TOPICS.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThanOrEqual(20);
  expect(ids).toEqual(
    expect.arrayContaining(['mediation', 'peace-talks', 'energy', 'sanctions', 'elections']),
  );
});

describe('the strongest topic of a text', () => {
  test.each([
    ['Turkey offered to mediate; its mediation was welcomed by the mediator.', 'mediation'],
    ['The peace talks resumed as the delegation sought concessions.', 'peace-talks'],
    ['Europe cut its energy dependence on Russian gas and oil pipelines.', 'energy'],
    ['The EU adopted new sanctions and an oil price cap; more sanctioned banks.', 'sanctions'],
    ['Voters went to the polls in the presidential election; turnout was high.', 'elections'],
    ['The ceasefire collapsed after shelling along the front line.', 'war'],
    ['The WHO warned of a cholera outbreak.', 'health'],
    ['Ransomware hit the ministry in a cyberattack by hackers.', 'technology'],
    ['Refugees and migrants sought asylum at the border crossing.', 'migration'],
    ['Police fired tear gas at protesters during the rally.', 'protests'],
    ['No topic words here at all.', null],
  ])('%s → %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });
});

test.each([
  ['who said that', []],
  ['the WHO said that', ['health']],
])('all-capital terms match only in capitals: %s', (text, expected) => {
  expect(scorer.score(tokenize(text)).map((s) => s.topicId)).toEqual(expected);
});

test('readers can add their own topics and words', () => {
  const mine: Topic = {
    id: 'user:grain',
    label: 'Grain corridor',
    terms: ['grain corridor', 'wheat'],
    userAdded: true,
  };
  const scores = new TopicScorer([...TOPICS, mine]).score(tokenize('The Grain Corridor carried wheat.'));
  expect(scores[0]).toMatchObject({ topicId: 'user:grain', hits: 2 });
});

describe('topicScorerFor', () => {
  test('gives the scorer made last for the same topics, and a new one when a term changes', () => {
    const topics = [
      { id: 'energy', label: 'Energy', terms: ['pipeline', 'gas'] },
      { id: 'sanctions', label: 'Sanctions', terms: ['sanctions'] },
    ];
    const first = topicScorerFor(topics);
    expect(topicScorerFor(topics.map((t) => ({ ...t, terms: [...t.terms] })))).toBe(first);
    const changed = topicScorerFor([{ ...(topics[0] as Topic), terms: ['pipeline'] }, topics[1] as Topic]);
    expect(changed).not.toBe(first);
  });
});
