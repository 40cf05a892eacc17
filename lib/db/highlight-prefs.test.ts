import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BackstoryDB } from './database';
import {
  DEFAULT_HIGHLIGHT_PREFS,
  parseHighlightPrefs,
  readHighlightPrefs,
  writeHighlightPrefs,
} from './highlight-prefs';
import { setSetting } from './settings';

const ALL = ['person', 'state', 'organisation', 'place'];

describe('parseHighlightPrefs', () => {
  test.each<[string, unknown, { kinds: string[] }]>([
    ['nothing stored', undefined, { kinds: ALL }],
    ['null', null, { kinds: ALL }],
    ['a number', 5, { kinds: ALL }],
    [
      "an older build's library mode, left out (issue 14)",
      { mode: 'library', kinds: ['state'] },
      { kinds: ['state'] },
    ],
    ['kinds not a list', { mode: 'library', kinds: 'person' }, { kinds: ALL }],
    [
      'unknown kinds and repeats',
      { kinds: ['place', 'planet', 'place', 3, 'person'] },
      { kinds: ['person', 'place'] },
    ],
    ['no kinds at all', { kinds: [] }, { kinds: [] }],
  ])('%s', (_, value, expected) => {
    expect(parseHighlightPrefs(value)).toEqual(expected);
  });
});

describe('stored prefs', () => {
  let db: BackstoryDB;
  beforeEach(() => {
    db = new BackstoryDB(`prefs-${crypto.randomUUID()}`);
  });
  afterEach(() => db.delete());

  test('default to every actor of every kind', async () => {
    expect(await readHighlightPrefs(db)).toEqual(DEFAULT_HIGHLIGHT_PREFS);
  });
  test('are written validated and read back', async () => {
    expect(await writeHighlightPrefs(db, { kinds: ['state', 'x'] })).toEqual({ kinds: ['state'] });
    expect(await readHighlightPrefs(db)).toEqual({ kinds: ['state'] });
  });
  test('fall back to the defaults when what is stored is broken', async () => {
    await setSetting(db, 'highlightPrefs', { mode: 7, kinds: { person: true } });
    expect(await readHighlightPrefs(db)).toEqual({ kinds: ALL });
  });
});
