import { describe, expect, test } from 'vitest';
import type { Actor } from '../../model';
import type { EntityMention } from '../types';
import { linksTarget, parseGoldLine, prf, scoreLine, summarize } from './gold-links';

type Facts = Pick<Actor, 'id' | 'name' | 'kind' | 'country'>;
const ACTORS: Facts[] = [
  { id: 'state:RU', name: 'Russia', kind: 'state', country: 'RU' },
  { id: 'state:UA', name: 'Ukraine', kind: 'state', country: 'UA' },
  { id: 'state:US', name: 'United States', kind: 'state', country: 'US' },
  { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'RU' },
  { id: 'person:recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', country: 'TR' },
  { id: 'place:moscow-city', name: 'Moscow', kind: 'place', country: 'RU' },
];
const byId = new Map(ACTORS.map((a) => [a.id, a]));
const actorOf = (id: string) => byId.get(id);
const at = (text: string, surface: string, actorId: string | null, confidence = 0.9): EntityMention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, actorId, type: 'LOC', confidence };
};

describe('linksTarget', () => {
  test.each([
    ['state:RU', 'state:RU', true],
    ['state:RU', 'state:UA', false],
    // A place in Russia is not the state, whatever its country.
    ['state:RU', 'place:moscow-city', false],
    ['Vladimir Putin', 'person:vladimir-putin', true],
    ['vladimir putin', 'person:vladimir-putin', true],
    ['Recep Tayyip Erdoğan', 'person:recep-tayyip-erdogan', true],
    ['Vladimir Putin', 'state:RU', false],
  ])('%s is linked by %s: %s', (target, id, expected) => {
    expect(linksTarget(byId.get(id) as Facts, target)).toBe(expected);
  });
});

describe('parseGoldLine', () => {
  test('gold is the first occurrence, neutral every occurrence', () => {
    const line = parseGoldLine(
      JSON.stringify({
        lang: 'en',
        text: 'Kyiv and Kyiv, in Kyiv',
        gold: [['Kyiv', 'state:UA']],
        neutral: ['in'],
      }),
    );
    expect(line.gold).toEqual([{ surface: 'Kyiv', target: 'state:UA', start: 0, end: 4 }]);
    expect(line.neutral).toEqual([{ start: 15, end: 17 }]);
  });

  test.each([
    ['not JSON', 'nope', /JSON/],
    ['an array', '[1]', /JSON object/],
    ['no lang', '{"text":"a","gold":[]}', /lang/],
    ['a gold triple', '{"lang":"en","text":"a","gold":[["a","b","c"]]}', /pairs/],
    [
      'a surface not in the text',
      '{"lang":"en","text":"Kyiv","gold":[["Kiev","state:UA"]]}',
      /not in the text/,
    ],
    [
      'a neutral surface not in the text',
      '{"lang":"en","text":"Kyiv","gold":[],"neutral":["Lviv"]}',
      /neutral/,
    ],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseGoldLine(json)).toThrow(message);
  });
});

describe('scoreLine', () => {
  const text = 'Moscow accused Kyiv, Putin said in Washington.';
  const line = parseGoldLine(
    JSON.stringify({
      lang: 'en',
      text,
      gold: [
        ['Moscow', 'state:RU'],
        ['Kyiv', 'state:UA'],
        ['Putin', 'Vladimir Putin'],
      ],
      neutral: ['Washington'],
    }),
  );

  test.each([
    [
      'every gold mention linked right',
      [
        at(text, 'Moscow', 'state:RU'),
        at(text, 'Kyiv', 'state:UA'),
        at(text, 'Putin', 'person:vladimir-putin'),
      ],
      { found: 3, right: 3, wrong: 0 },
    ],
    ['a wrong target', [at(text, 'Moscow', 'place:moscow-city')], { found: 0, right: 0, wrong: 1 }],
    ['a weak link does not count', [at(text, 'Moscow', 'state:RU', 0.3)], { found: 0, right: 0, wrong: 0 }],
    ['an unknown name links nothing', [at(text, 'Kyiv', null)], { found: 0, right: 0, wrong: 0 }],
    [
      'an overlapping longer span counts',
      [{ ...at(text, 'Moscow accused', 'state:RU') }],
      { found: 1, right: 1, wrong: 0 },
    ],
    [
      'a link on a neutral surface is neither',
      [at(text, 'Washington', 'state:US')],
      { found: 0, right: 0, wrong: 0 },
    ],
    ['a link off gold is wrong', [at(text, 'accused', 'state:US')], { found: 0, right: 0, wrong: 1 }],
    [
      'an id the knowledge base lacks links nothing',
      [at(text, 'Kyiv', 'state:XX')],
      { found: 0, right: 0, wrong: 0 },
    ],
  ])('%s', (_, mentions, expected) => {
    const score = scoreLine(line, mentions, actorOf);
    expect({ found: score.found, right: score.right, wrong: score.wrong }).toEqual(expected);
    expect(score.gold).toBe(3);
    expect(score.missed).toHaveLength(3 - expected.found);
  });
});

describe('prf and summarize', () => {
  test.each([
    [
      { gold: 4, found: 2, right: 2, wrong: 2 },
      { recall: 0.5, precision: 0.5, f1: 0.5 },
    ],
    [
      { gold: 3, found: 3, right: 3, wrong: 0 },
      { recall: 1, precision: 1, f1: 1 },
    ],
    [
      { gold: 3, found: 1, right: 1, wrong: 0 },
      { recall: 0.333, precision: 1, f1: 0.5 },
    ],
    [
      { gold: 2, found: 0, right: 0, wrong: 0 },
      { recall: 0, precision: null, f1: 0 },
    ],
    [
      { gold: 0, found: 0, right: 0, wrong: 1 },
      { recall: 0, precision: 0, f1: 0 },
    ],
  ])('%o scores %o', (counts, expected) => {
    expect(prf(counts)).toMatchObject(expected);
  });

  test('micro-averages per language and overall, overall last', () => {
    const s = (gold: number, found: number, right: number, wrong: number) => ({
      gold,
      found,
      right,
      wrong,
      missed: [],
      wrongLinks: [],
    });
    const out = summarize([
      { lang: 'ru', score: s(2, 1, 1, 1) },
      { lang: 'fr', score: s(2, 2, 2, 0) },
      { lang: 'ru', score: s(2, 1, 1, 0) },
    ]);
    expect(Object.keys(out)).toEqual(['ru', 'fr', 'overall']);
    expect(out.ru).toMatchObject({ gold: 4, found: 2, recall: 0.5, precision: 0.667 });
    expect(out.overall).toMatchObject({
      gold: 6,
      found: 4,
      right: 4,
      wrong: 1,
      recall: 0.667,
      precision: 0.8,
    });
  });
});
