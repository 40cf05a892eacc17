import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import { CONFIDENT, createDetector } from './index';

// The same excerpt against the shipped knowledge base: what the reader sees on first install.
const detector = createDetector({ actors: starterActors(), topics: TOPICS });
const text = readFileSync(new URL('./test-data/analysis-excerpt.txt', import.meta.url), 'utf8');
const detection = detector.detect(text);
const confident = detection.mentions.filter((m) => m.confidence >= CONFIDENT);

test.each([
  ['Ankara', 'state:TR'],
  ['Turkish officials', 'state:TR'],
  ['Hakan Fidan', 'person:hakan-fidan'],
  ['Moscow', 'state:RU'],
  ['Kremlin', 'state:RU'],
  ['Ukraine', 'state:UA'],
  ['U.S.', 'state:US'],
  ['Azerbaijan', 'state:AZ'],
  ['Nagorno-Karabakh', 'place:nagorno-karabakh'],
  ['Syria', 'state:SY'],
  ['Iran', 'state:IR'],
  ['Istanbul', 'place:istanbul'],
])('the starter knowledge base links %s to %s', (surface, actorId) => {
  const found = confident.filter((m) => text.slice(m.start, m.end) === surface).map((m) => m.actorId);
  expect(found).toContain(actorId);
});

test('a name the starter knowledge base lacks is still found and typed', () => {
  const europe = detection.mentions.find((m) => text.slice(m.start, m.end) === 'Europe');
  expect(europe).toMatchObject({ type: 'LOC' });
});
