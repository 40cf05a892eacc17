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
  test.each<[string, unknown, { mode: string; kinds: string[] }]>([
    ['nothing stored', undefined, { mode: 'all', kinds: ALL }],
    ['null', null, { mode: 'all', kinds: ALL }],
    ['a number', 5, { mode: 'all', kinds: ALL }],
    ['a valid library pref', { mode: 'library', kinds: ['state'] }, { mode: 'library', kinds: ['state'] }],
    ['an unknown mode', { mode: 'some', kinds: ['place'] }, { mode: 'all', kinds: ['place'] }],
    ['kinds not a list', { mode: 'library', kinds: 'person' }, { mode: 'library', kinds: ALL }],
    [
      'unknown kinds and repeats',
      { kinds: ['place', 'planet', 'place', 3, 'person'] },
      {
        mode: 'all',
        kinds: ['person', 'place'],
      },
    ],
    ['no kinds at all', { mode: 'all', kinds: [] }, { mode: 'all', kinds: [] }],
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
    expect(await writeHighlightPrefs(db, { mode: 'library', kinds: ['state', 'x'] })).toEqual({
      mode: 'library',
      kinds: ['state'],
    });
    expect(await readHighlightPrefs(db)).toEqual({ mode: 'library', kinds: ['state'] });
  });
  test('fall back to the defaults when what is stored is broken', async () => {
    await setSetting(db, 'highlightPrefs', { mode: 7, kinds: { person: true } });
    expect(await readHighlightPrefs(db)).toEqual({ mode: 'all', kinds: ALL });
  });
});
