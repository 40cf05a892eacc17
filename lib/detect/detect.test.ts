import { describe, expect, test } from 'vitest';
import { TOPICS } from '../kb/topics';
import { CONFIDENT, createDetector } from './index';
import { FIXTURE_ACTORS } from './test-fixtures';

const detector = createDetector({ actors: FIXTURE_ACTORS, topics: TOPICS });

/** The confident known-actor mentions of a text as `[surface, actorId]` pairs. */
function known(text: string): [string, string | null][] {
  return detector
    .detect(text)
    .mentions.filter((m) => m.actorId !== null && m.confidence >= CONFIDENT)
    .map((m) => [text.slice(m.start, m.end), m.actorId]);
}

describe('case rules', () => {
  test.each([
    ['The US said no.', [['US', 'state:US']]],
    ['The U.S. said no.', [['U.S.', 'state:US']]],
    ['He told us nothing.', []],
    ['Us and them.', []],
    ['The UN met.', [['UN', 'org:un']]],
    ['They un-did it.', []],
    ['We ate turkey at home.', []],
    [
      'TURKEY AND RUSSIA TALK',
      [
        ['TURKEY', 'state:TR'],
        ['RUSSIA', 'state:RU'],
      ],
    ],
    ['nato and Nato differ from NATO.', [['NATO', 'org:nato']]],
  ])('%s', (text, expected) => {
    expect(known(text)).toEqual(expected);
  });
});

describe('normalisation, possessives and boundaries', () => {
  test.each([
    ["Turkey's role", [['Turkey', 'state:TR']]],
    ['Turkey’s role', [['Turkey', 'state:TR']]],
    ['Ankara’s status', [['Ankara', 'state:TR']]],
    ['Erdogan spoke', [['Erdogan', 'person:erdogan']]],
    ['Erdoğan spoke', [['Erdoğan', 'person:erdogan']]],
    ['Erdog\u0306an spoke', [['Erdog\u0306an', 'person:erdogan']]],
    ['ERDOĞAN SPOKE', [['ERDOĞAN', 'person:erdogan']]],
    [
      'Turkiye and Türkiye',
      [
        ['Turkiye', 'state:TR'],
        ['Türkiye', 'state:TR'],
      ],
    ],
    [
      'Nagorno–Karabakh and Nagorno Karabakh',
      [
        ['Nagorno–Karabakh', 'place:nagorno-karabakh'],
        ['Nagorno Karabakh', 'place:nagorno-karabakh'],
      ],
    ],
    [
      'Ahmed al-Sharaa and Al-Sharaa',
      [
        ['Ahmed al-Sharaa', 'person:al-sharaa'],
        ['Al-Sharaa', 'person:al-sharaa'],
      ],
    ],
    ['Iranian and Parisian food', []],
    ['Turkeys', []],
    ['中国外交部', [['中国', 'state:CN']]],
    [
      'Russians and Turks',
      [
        ['Russians', 'state:RU'],
        ['Turks', 'state:TR'],
      ],
    ],
    ['Turkish officials', [['Turkish', 'state:TR']]],
  ])('%s', (text, expected) => {
    expect(known(text)).toEqual(expected);
  });
});

describe('longest match wins', () => {
  test.each([
    ['Hakan Fidan said', [['Hakan Fidan', 'person:hakan-fidan']]],
    ['the Russian Federation', [['Russian Federation', 'state:RU']]],
    ['the Republic of Türkiye', [['Republic of Türkiye', 'state:TR']]],
    [
      'Turkey. Fidan said',
      [
        ['Turkey', 'state:TR'],
        ['Fidan', 'person:hakan-fidan'],
      ],
    ],
    [
      "Turkey's Fidan",
      [
        ['Turkey', 'state:TR'],
        ['Fidan', 'person:hakan-fidan'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(known(text)).toEqual(expected);
  });
});

test('offsets point into the original text whatever precedes the match', () => {
  const text = 'Erdog\u0306an’s “Türkiye” — and U.S. ties';
  const spans = detector.detect(text).mentions.map((m) => text.slice(m.start, m.end));
  expect(spans).toEqual(['Erdog\u0306an', 'Türkiye', 'U.S.']);
});
