import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { problemText } from '../io/problems';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { checkRestoredSetting } from './setting-rules';
import { setSetting } from './settings';
import { createDetector, testDb } from './test-db';

// Issue 14, "Backups": restored settings were written unchecked (`disabledSites: 5` stopped every
// page from being read) and replaced the reader's own.
let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('restore-settings');
});
afterEach(async () => {
  await db.delete();
});

const backup = (settings: unknown[]) =>
  new Blob([JSON.stringify({ format: 'backstory-backup', version: 1, settings })]);

const settingsOf = async (db: BackstoryDB) =>
  Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value]));

describe('restoring settings from a backup', () => {
  test('an invalid value is reported by record and nothing of it is written', async () => {
    await setSetting(db, 'disabledSites', ['kept.test']);
    await setSetting(db, 'paused', false);
    const before = await settingsOf(db);
    const report = await importFile(
      db,
      createDetector,
      backup([
        { key: 'disabledSites', value: 5 },
        { key: 'disabledSites', value: ['ok.test', 'https://not a site/'] },
        { key: 'paused', value: 'yes' },
        { key: 'highlightPrefs', value: { mode: 'some', kinds: [] } },
        { key: 'highlightPrefs', value: { mode: 'all', kinds: ['planet'] } },
        { key: 'favouriteColour', value: 'green' },
      ]),
    );
    // Each reason also has words for the interface, whose English is the reason's.
    for (const problem of report.problems)
      expect(problem.why && problemText(problem.why)).toBe(problem.reason);
    expect(report.problems.map(({ why: _why, ...problem }) => problem)).toEqual([
      { position: 'settings[0]', reason: 'disabledSites is not a list of sites' },
      { position: 'settings[1]', reason: 'disabledSites[1] is not a site name' },
      { position: 'settings[2]', reason: 'paused is not true or false' },
      { position: 'settings[3]', reason: 'highlightPrefs.mode is not all or library' },
      {
        position: 'settings[4]',
        reason: 'highlightPrefs.kinds is not a list of person, state, organisation or place',
      },
      { position: 'settings[5]', reason: 'favouriteColour is not a setting Backstory knows' },
    ]);
    expect(report.skipped).toBe(6);
    expect(await settingsOf(db)).toEqual(before);
  });

  test('valid settings merge with the stored ones: switched-off sites add up, the rest stays', async () => {
    await setSetting(db, 'disabledSites', ['a.test', 'c.test']);
    await setSetting(db, 'highlightPrefs', { mode: 'library', kinds: ['person'] });
    await importFile(
      db,
      createDetector,
      backup([
        { key: 'disabledSites', value: ['b.test', 'a.test'] },
        { key: 'paused', value: true },
      ]),
    );
    expect(await settingsOf(db)).toEqual({
      disabledSites: ['a.test', 'b.test', 'c.test'],
      highlightPrefs: { mode: 'library', kinds: ['person'] },
      paused: true,
    });
  });

  test("an older backup's seed bookkeeping is not restored: this profile's own stays", async () => {
    await setSetting(db, 'starterVersion', 2);
    const report = await importFile(
      db,
      createDetector,
      backup([
        { key: 'starterVersion', value: 9 },
        { key: 'seedProgress', value: { done: 1, total: 2 } },
      ]),
    );
    expect(report).toMatchObject({ skipped: 0, problems: [] });
    expect(await settingsOf(db)).toEqual({ starterVersion: 2 });
  });

  test.each([
    ['disabledSites', ['www.example.org'], 'disabledSites[0] is not a site name'],
    ['disabledSites', ['EXAMPLE.org'], 'disabledSites[0] is not a site name'],
    ['disabledSites', ['example.org', '127.0.0.1', 'xn--80ak6aa92e.com'], null],
    ['paused', false, null],
    ['highlightPrefs', { mode: 'all', kinds: ['person', 'place'] }, null],
    ['highlightPrefs', { kinds: ['person', 'place'] }, null],
    ['highlightPrefs', null, 'highlightPrefs is not an object'],
  ])('%s = %j: %s', (key, value, problem) => {
    const refused = checkRestoredSetting(key, value);
    expect(refused && problemText(refused)).toBe(problem);
  });
});
