import { afterEach, beforeEach, expect, test } from 'vitest';
import { BackstoryDB } from './database';
import { disabledSites, isPaused, setPaused, setSiteDisabled, siteOf } from './sites';

let db: BackstoryDB;
beforeEach(() => {
  db = new BackstoryDB(`sites-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

test.each([
  ['https://www.bbc.co.uk/news/world', 'bbc.co.uk'],
  ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
  ['HTTPS://News.Example.ORG/x', 'news.example.org'],
  ['chrome-extension://abc/popup.html', null],
  ['file:///tmp/a.html', null],
  ['not a url', null],
])('siteOf(%s) = %s', (url, site) => {
  expect(siteOf(url)).toBe(site);
});

test('sites are switched off and on, kept sorted; the pause is stored apart', async () => {
  expect(await disabledSites(db)).toEqual([]);
  await setSiteDisabled(db, 'example.org', true);
  await setSiteDisabled(db, 'b.test', true);
  expect(await disabledSites(db)).toEqual(['b.test', 'example.org']);
  await setSiteDisabled(db, 'example.org', false);
  expect(await disabledSites(db)).toEqual(['b.test']);
  expect(await isPaused(db)).toBe(false);
  await setPaused(db, true);
  expect(await isPaused(db)).toBe(true);
  expect(await disabledSites(db)).toEqual(['b.test']);
});
