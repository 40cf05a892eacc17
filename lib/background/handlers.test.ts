import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveActor } from '../db/actors-admin';
import { BackstoryDB } from '../db/database';
import type { HighlightPrefs } from '../db/highlight-prefs';
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
let detectors: DetectorCache;
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
  detectors = new DetectorCache(db, createDetector, ready);
  handlers = createHandlers({
    db,
    detectors,
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
  test("says which actors are shipped ones: the reader's own are not (their ids stay out of the page)", async () => {
    const mine = await saveActor(db, {
      id: '',
      name: 'Defne Aras',
      kind: 'person',
      description: 'Our Istanbul stringer',
      aliases: [{ text: 'Defne Aras', role: 'name' }],
    });
    // Nobody tells the detector: the write to actors drops it.
    const reply = await handlers.detect({ text: `${TEXT} Defne Aras filed the story.` }, page);
    expect(mine.id).toMatch(/^user:/);
    expect(reply.actors.map((a) => a.id)).toContain(mine.id);
    expect(reply.shipped).toContain('person:hakan-fidan');
    expect(reply.shipped).not.toContain(mine.id);
  });
  test('reads nothing on a switched-off site or when paused, and says so', async () => {
    await handlers.setSiteEnabled({ site: 'news.test', enabled: false }, null);
    expect(await handlers.detect({ text: TEXT }, page)).toEqual({
      off: true,
      mentions: [],
      actors: [],
      shipped: [],
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
  test('a written actor is detected at once; knowledgeChanged rebuilds the detector and refreshes the tabs', async () => {
    await handlers.detect({ text: TEXT }, page); // the detector is built and cached
    await db.actors.put({
      id: 'user:x',
      name: 'Zorblax Quen',
      kind: 'person',
      description: '',
      aliases: [],
      userAdded: true,
    });
    // The write drops the detector (issue 14: no message needed).
    expect((await handlers.detect({ text: 'Zorblax Quen spoke.' }, page)).actors.map((a) => a.id)).toEqual([
      'user:x',
    ]);
    // The options page's message drops it too: another context's write may be reported after it.
    const before = await detectors.knowledge();
    expect(await detectors.knowledge()).toBe(before);
    await handlers.knowledgeChanged({}, null);
    expect(await detectors.knowledge()).not.toBe(before);
    expect(refreshed).toBe(1);
  });
});

describe('highlight prefs (issue 11)', () => {
  const detected = async () => {
    const reply = await handlers.detect({ text: TEXT }, page);
    return JSON.stringify(reply);
  };

  test('what a page gets does not depend on what the library holds (issue 14)', async () => {
    const before = await detected();
    await handlers.saveAnalysis(
      { url: 'https://old.test/fidan', title: 'Old', source: 'Old', text: 'Hakan Fidan spoke at length.' },
      null,
    );
    await handlers.saveNote(
      { text: 'Watch Moscow.', url: 'https://x.test/', pageTitle: 'X', actorId: 'state:RU' },
      null,
    );
    expect(await detected()).toBe(before);
  });
  test('drops the kinds the reader switched off, and refreshes the tabs; an old mode is ignored', async () => {
    const older = { mode: 'library', kinds: ['person'] } as unknown as HighlightPrefs;
    expect(await handlers.setHighlightPrefs(older, null)).toEqual({ kinds: ['person'] });
    expect(refreshed).toBe(1);
    const reply = await handlers.detect({ text: TEXT }, page);
    expect(reply.mentions.map((m) => m.actorId)).toEqual(['person:hakan-fidan']);
    expect(reply.actors.map((a) => a.id)).toEqual(['person:hakan-fidan']);
  });
});
