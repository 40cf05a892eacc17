import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BackstoryDB } from '../db/database';
import { setPaused, setSiteDisabled } from '../db/sites';
import { ReadGate } from './read-gate';

let db: BackstoryDB;
let gate: ReadGate;
beforeEach(async () => {
  db = new BackstoryDB(`gate-${crypto.randomUUID()}`);
  gate = new ReadGate(db);
  // Creating the database reports every table as changed: let that pass before the tests count reads.
  const created = new Promise<void>((resolve) => {
    const seen = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/settings/`))) return;
      Dexie.on('storagemutated').unsubscribe(seen);
      resolve();
    };
    Dexie.on('storagemutated', seen);
  });
  await db.open();
  await created;
});
afterEach(() => db.delete());

test.each([
  ['https://www.example.org/a', true],
  ['http://example.org/', true],
  ['file:///home/me/a.html', false],
  ['chrome-extension://abc/options.html', false],
  ['not a url', false],
])('reads web pages only: %s → %s', async (url, allowed) => {
  expect(await gate.mayRead(url)).toBe(allowed);
});

test('follows settings written anywhere, without being told', async () => {
  expect(await gate.mayRead('https://www.example.org/a')).toBe(true);
  // Written as the options page would, through another connection to the same database.
  const elsewhere = new BackstoryDB(db.name);
  await setSiteDisabled(elsewhere, 'example.org', true);
  await expect.poll(() => gate.mayRead('https://www.example.org/a')).toBe(false);
  expect(await gate.mayRead('https://other.org/a')).toBe(true);
  await setPaused(elsewhere, true);
  await expect.poll(() => gate.mayRead('https://other.org/a')).toBe(false);
  await setPaused(elsewhere, false);
  await setSiteDisabled(elsewhere, 'example.org', false);
  await expect.poll(() => gate.mayRead('https://www.example.org/a')).toBe(true);
  elsewhere.close();
});

test('reads the settings once while they do not change', async () => {
  await gate.mayRead('https://a.org/');
  let reads = 0;
  db.settings.hook('reading', (row) => {
    reads++;
    return row;
  });
  for (let i = 0; i < 5; i++) await gate.mayRead(`https://site${i}.org/`);
  expect(reads).toBe(0);
  await setSiteDisabled(db, 'site0.org', true);
  expect(await gate.mayRead('https://site0.org/')).toBe(false);
  expect(reads).toBeGreaterThan(0);
});
