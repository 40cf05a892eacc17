import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TOPICS } from '../kb/topics';
import { CONFIDENT, createDetector } from './index';
import { FIXTURE_ACTORS } from './test-fixtures';

const detector = createDetector({ actors: FIXTURE_ACTORS, topics: TOPICS });

/** The reading chosen for the first occurrence of `name` in `text`, and whether it is confident. */
function reading(text: string, name: string): [string | null, boolean] {
  const start = text.indexOf(name);
  const m = detector.detect(text).mentions.find((x) => x.start === start);
  return m ? [m.actorId, m.confidence >= CONFIDENT] : [null, false];
}

describe('ambiguous names are decided by context', () => {
  test.each([
    ['Ankara said it would host talks.', 'Ankara', 'state:TR', true],
    ['Ankara sees an opportunity.', 'Ankara', 'state:TR', true],
    ["Ankara's stance hardened.", 'Ankara', 'state:TR', true],
    ['The talks were held in Ankara last week.', 'Ankara', 'place:ankara', true],
    ['Moscow warned Kyiv.', 'Moscow', 'state:RU', true],
    // A destination is a place, not the government (issue 11): a place name, linked to no one here.
    ['The minister flew to Moscow.', 'Moscow', null, true],
    ['Paris warned Berlin.', 'Paris', 'state:FR', true],
    ['Crowds gathered in Paris on Sunday.', 'Paris', 'place:paris', true],
    ['Washington said the talks would go on.', 'Washington', 'state:US', true],
    ['Protesters marched in Washington.', 'Washington', 'place:washington-dc', true],
    ['Georgia held elections; Tbilisi was calm.', 'Georgia', 'state:GE', true],
    ['Georgia voters queued in Atlanta.', 'Georgia', 'place:georgia-us', true],
    ['Michael Jordan retired.', 'Michael Jordan', 'person:michael-jordan', true],
    ['Coach Jordan smiled.', 'Jordan', 'person:michael-jordan', true],
    ['Refugees crossed into Jordan from Syria.', 'Jordan', 'state:JO', true],
    ['Jordan said Amman would not accept it.', 'Jordan', 'state:JO', true],
    // A surname alone is weaker than a state's name.
    ['Jordan is on the agenda.', 'Jordan', 'state:JO', true],
  ])('%s → %s is %s', (text, name, actorId, confident) => {
    expect(reading(text, name)).toEqual([actorId, confident]);
  });

  test.each([['Georgia is on the agenda.', 'Georgia']])(
    'without context "%s" stays below CONFIDENT',
    (text, name) => {
      const [, confident] = reading(text, name);
      expect(confident).toBe(false);
    },
  );
});

describe('the reference analysis', () => {
  const text = readFileSync(new URL('./test-data/analysis-excerpt.txt', import.meta.url), 'utf8');
  const detection = detector.detect(text);
  const ids = new Set(detection.mentions.filter((m) => m.confidence >= CONFIDENT).map((m) => m.actorId));

  test.each([
    'state:TR',
    'person:hakan-fidan',
    'state:RU',
    'state:UA',
    'state:US',
    'place:europe',
    'state:AZ',
    'place:nagorno-karabakh',
    'state:SY',
    'state:IR',
    'place:istanbul',
  ])('names %s', (id) => {
    expect(ids.has(id)).toBe(true);
  });

  test.each(['mediation', 'peace-talks', 'energy'])('is about %s', (topicId) => {
    expect(detection.topics.slice(0, 5).map((t) => t.topicId)).toContain(topicId);
  });
});
