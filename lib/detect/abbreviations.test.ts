import { describe, expect, test } from 'vitest';
import { starterActors } from '../kb/starter';
import type { Actor } from '../model';
import { createDetector } from './index';

const atf: Actor = {
  id: 'org:us-atf',
  name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  kind: 'organisation',
  description: 'US federal law enforcement agency.',
  aliases: [{ text: 'ATF', role: 'abbreviation' }],
  country: 'US',
};
const party: Actor = {
  id: 'org:party-czech-national-social-party-cz',
  name: 'Czech National Social Party',
  kind: 'organisation',
  description: 'Political party in the Czech Republic.',
  aliases: [{ text: 'CSS', role: 'abbreviation' }],
  country: 'CZ',
};
const detector = createDetector({ actors: [...starterActors(), atf, party], topics: [] });
const links = (text: string) =>
  detector
    .detect(text)
    .mentions.filter((m) => m.actorId !== null && m.confidence >= 0.6)
    .map((m) => [text.slice(m.start, m.end), m.actorId]);

describe('abbreviations', () => {
  test.each([
    ['Agents of the ATF raided the warehouse.', [['ATF', 'org:us-atf']]],
    ['We built an Async Task Framework (ATF) for background jobs. ATF runs every task twice.', []],
    [
      'The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) said the ATF would appeal.',
      [
        ['ATF', 'org:us-atf'],
        ['ATF', 'org:us-atf'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(links(text).filter(([, id]) => id === 'org:us-atf')).toEqual(expected);
  });

  test('a converted party’s abbreviation links only where the text names its state', () => {
    expect(links('Style the page with CSS and a little JavaScript.')).toEqual([]);
    expect(links('In the Czech Republic, the CSS lost its last seats.')).toContainEqual([
      'CSS',
      'org:party-czech-national-social-party-cz',
    ]);
  });
});
