import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BackstoryDB } from '../db/database';
import { seedStarterData } from '../db/seed';
import { createDetector } from '../detect';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { TOPICS } from '../kb/topics';
import type { Analysis } from '../model';
import { DetectorCache } from './detector-cache';
import { type Caller, createHandlers } from './handlers';

let db: BackstoryDB;
let refreshed: number;
let opened: string[];
let handlers: ReturnType<typeof createHandlers>;
const page: Caller = { context: 'content', tabId: 4, url: 'https://news.test/a' };
const TEXT = 'Turkish Foreign Minister Hakan Fidan met Russian officials in Moscow about gas.';

beforeEach(async () => {
  db = new BackstoryDB(`handlers-${crypto.randomUUID()}`);
  refreshed = 0;
  opened = [];
  const ready = seedStarterData(
    db,
    { version: 1, actors: FIXTURE_ACTORS, topics: TOPICS, samples: [] },
    createDetector,
  );
  handlers = createHandlers({
    db,
    detectors: new DetectorCache(db, createDetector, ready),
    openTab: async (url) => {
      opened.push(url);
    },
    viewerUrl: (id) => `ext://analysis.html?id=${id}`,
    refreshTabs: async () => {
      refreshed++;
    },
  });
  await ready;
});
afterEach(() => db.delete());

describe('detect', () => {
  test('returns confident mentions with offsets into the text, and the actors named', async () => {
    const reply = await handlers.detect({ text: TEXT }, page);
    expect(reply.off).toBe(false);
    const named = reply.mentions.map((m) => [TEXT.slice(m.start, m.end), m.actorId]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Hakan Fidan', 'person:hakan-fidan'],
        ['Russian', 'state:RU'],
        // "officials in Moscow" are the Russian government (issue 11, precise links).
        ['Moscow', 'state:RU'],
      ]),
    );
    expect(reply.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['person:hakan-fidan', 'state:RU']));
    expect(reply.actors[0]).not.toHaveProperty('aliases');
  });
  test('reads nothing on a switched-off site or when paused, and says so', async () => {
    await handlers.setSiteEnabled({ site: 'news.test', enabled: false }, null);
    expect(await handlers.detect({ text: TEXT }, page)).toEqual({
      off: true,
      mentions: [],
      actors: [],
      topics: [],
    });
    expect(refreshed).toBe(1);
    expect((await handlers.detect({ text: TEXT }, { ...page, url: 'https://other.test/' })).off).toBe(false);
    await handlers.setPaused({ paused: true }, null);
    expect((await handlers.detect({ text: TEXT }, { ...page, url: 'https://other.test/' })).off).toBe(true);
    expect(await handlers.siteSettings({ url: 'https://www.news.test/x' }, null)).toEqual({
      site: 'news.test',
      enabled: false,
      paused: true,
      disabledSites: ['news.test'],
    });
  });
  test('refuses text beyond the limit and a malformed site', async () => {
    await expect(handlers.detect({ text: 'x'.repeat(2_000_001) }, page)).rejects.toThrow('Text too long');
    await expect(handlers.setSiteEnabled({ site: 'a b/c', enabled: false }, null)).rejects.toThrow(
      'Not a site',
    );
  });
});

describe('saved pages and opening analyses', () => {
  const saved = { url: 'https://news.test/fidan?utm_source=x', title: 'Fidan', source: 'News', text: TEXT };
  test('saving the same URL twice updates one analysis', async () => {
    const first = await handlers.saveAnalysis(saved, null);
    const second = await handlers.saveAnalysis(
      { ...saved, url: 'https://news.test/fidan#top', title: 'Fidan 2' },
      null,
    );
    expect([first.created, second.created]).toEqual([true, false]);
    expect(first.actorIds).toEqual(expect.arrayContaining(['person:hakan-fidan']));
    expect(await db.analyses.count()).toBe(1);
    expect((await db.analyses.get(first.id))?.title).toBe('Fidan 2');
  });
  test('an analysis opens at its original when it has an http(s) one, else in the viewer', async () => {
    const { id } = await handlers.saveAnalysis(saved, null);
    await db.analyses.add({
      ...((await db.analyses.get(id)) as Analysis),
      id: 'tg:1:2',
      url: 'javascript:alert(1)',
    });
    await handlers.openAnalysis({ analysisId: id }, page);
    await handlers.openAnalysis({ analysisId: 'tg:1:2' }, page);
    expect(opened).toEqual(['https://news.test/fidan', 'ext://analysis.html?id=tg:1:2']);
  });
  test('knowledgeChanged rebuilds the detector and refreshes the tabs', async () => {
    await handlers.detect({ text: TEXT }, page); // the detector is built and cached
    await db.actors.put({
      id: 'user:x',
      name: 'Zorblax Quen',
      kind: 'person',
      description: '',
      aliases: [],
      userAdded: true,
    });
    expect((await handlers.detect({ text: 'Zorblax Quen spoke.' }, page)).actors).toEqual([]);
    await handlers.knowledgeChanged({}, null);
    expect((await handlers.detect({ text: 'Zorblax Quen spoke.' }, page)).actors.map((a) => a.id)).toEqual([
      'user:x',
    ]);
    expect(refreshed).toBe(1);
  });
});

describe('highlight prefs (issue 11)', () => {
  const marked = async () => {
    const reply = await handlers.detect({ text: TEXT }, page);
    return new Map(reply.mentions.map((m) => [m.actorId, m.strong]));
  };
  const saveFidanAnalysis = () =>
    handlers.saveAnalysis(
      {
        url: 'https://old.test/fidan',
        title: 'Old',
        source: 'Old',
        text: 'Hakan Fidan spoke to reporters at length.',
      },
      null,
    );

  test('by default every known actor is highlighted, those the library has something on marked strong', async () => {
    expect(await marked()).toEqual(
      new Map([
        ['person:hakan-fidan', false],
        ['state:RU', false],
        ['state:TR', false],
      ]),
    );
    await saveFidanAnalysis();
    await handlers.saveNote(
      { text: 'Watch Moscow.', url: 'https://x.test/', pageTitle: 'X', actorId: 'state:RU' },
      null,
    );
    expect(await marked()).toEqual(
      new Map([
        ['person:hakan-fidan', true],
        ['state:RU', true],
        ['state:TR', false],
      ]),
    );
  });
  test('drops the kinds the reader switched off, and refreshes the tabs', async () => {
    expect(await handlers.setHighlightPrefs({ mode: 'all', kinds: ['person'] }, null)).toEqual({
      mode: 'all',
      kinds: ['person'],
    });
    expect(refreshed).toBe(1);
    const reply = await handlers.detect({ text: TEXT }, page);
    expect(reply.mentions.map((m) => m.actorId)).toEqual(['person:hakan-fidan']);
    expect(reply.actors.map((a) => a.id)).toEqual(['person:hakan-fidan']);
  });
  test("in 'library' mode only actors the library has something on stay", async () => {
    await handlers.setHighlightPrefs({ mode: 'library', kinds: ['person', 'state'] }, null);
    expect((await handlers.detect({ text: TEXT }, page)).mentions).toEqual([]);
    await saveFidanAnalysis();
    const reply = await handlers.detect({ text: TEXT }, page);
    expect(reply.mentions.map((m) => [m.actorId, m.strong])).toEqual([['person:hakan-fidan', true]]);
    expect(reply.actors.map((a) => a.id)).toEqual(['person:hakan-fidan']);
  });
  test('an analysis deleted elsewhere no longer counts, though the search index still lists it', async () => {
    const { id } = await saveFidanAnalysis();
    expect((await marked()).get('person:hakan-fidan')).toBe(true);
    const elsewhere = new BackstoryDB(db.name);
    await elsewhere.analyses.delete(id);
    await expect.poll(async () => (await marked()).get('person:hakan-fidan')).toBe(false);
    elsewhere.close();
  });
  test('an analysis that no longer names the actor does not count', async () => {
    const { id } = await saveFidanAnalysis();
    const stored = (await db.analyses.get(id)) as Analysis;
    // As if re-detected without him: the search index still lists it under his term.
    await db.analyses.put({ ...stored, actorIds: ['state:TR'] });
    await expect.poll(async () => (await marked()).get('person:hakan-fidan')).toBe(false);
  });
});
