// First of all: starts reading the packaged knowledge base while the rest of the code is evaluated.
import '@/lib/background/early-base';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/components/i18n';
import { DetectorCache } from '@/lib/background/detector-cache';
import { authorize, type Caller, createHandlers } from '@/lib/background/handlers';
import { learnedHandlers } from '@/lib/background/learned-handlers';
import { loadPackagedActors, loadPackagedBase } from '@/lib/background/packaged-files';
import { NOTE_MENU, noteOnSelectionOf } from '@/lib/background/selection-menu';
import { starterData } from '@/lib/background/starter-data';
import { welcomeOnInstall } from '@/lib/background/welcome';
import { BackstoryDB } from '@/lib/db/database';
import { rollbackAbandonedImports } from '@/lib/db/import-journal';
import { readerKnowledge } from '@/lib/db/reader-knowledge';
import { seedStarterData, writeSamples } from '@/lib/db/seed';
import { getSetting, setSetting } from '@/lib/db/settings';
import { createDetector } from '@/lib/detect';
import type { DetectorInput } from '@/lib/detect/detector-input';
import type { PackagedBase } from '@/lib/detect/packaged-base';
import { SAMPLE_ANALYSES } from '@/lib/kb/samples';
import { STARTER_KB_VERSION } from '@/lib/kb/starter';
import { TOPICS } from '@/lib/kb/topics';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundMethods, ContentMethods, PanelMethods } from '@/lib/messaging/contract';
import { PAGE_PORT, servePort } from '@/lib/messaging/port-transport';
import { createRouter } from '@/lib/messaging/router';
import { parseRequest } from '@/lib/messaging/schemas';
import { sourceHandlers } from '@/lib/sources/handlers';
import { backgroundIndexer } from '@/lib/sources/indexer';
import { SOURCES_ALARM, SourceScheduler } from '@/lib/sources/scheduler';
import { hostPermission } from '@/lib/sources/store';
import { wakeMark } from '@/lib/wake-marks';

export default defineBackground(() => {
  wakeMark('main');
  const db = new BackstoryDB();
  // The packaged knowledge base detects as soon as its file is read: pages never wait for the seed.
  const base = loadPackagedBase(browser.runtime.getURL('/kb/base.bin.gz'));
  base.catch((error: unknown) => console.error('[Backstory] could not read the knowledge base:', error));
  // An import that a closed options tab left half-done (no one holds its lock) is rolled back
  // first: a failed import writes nothing. One still running in a tab is left alone. Every worker start then checks the starter data version; seeding runs only when it
  // changed, in chunks, while pages are already read with the packaged base.
  const ready = rollbackAbandonedImports(db).then(
    () => wakeMark('rolled-back'),
    (error: unknown) => {
      console.error('[Backstory] could not roll back an abandoned import:', error);
    },
  );
  const detectors = new DetectorCache(db, createDetector, ready, base, TOPICS);
  // A waking worker is most often woken by a page that is about to send its text: the detector is
  // loaded at once, and while the file is read the detector's word lists are built and its code warmed
  // on a sentence of our own (the first detection paid 200-400 ms for them).
  void detectors.knowledge().catch(() => undefined);
  warmUp();
  wakeMark('warmed');
  void ready
    .then(() => seedIfNew(db, base))
    .catch((error: unknown) => console.error('[Backstory] could not seed the knowledge base:', error));
  // Feeds and channels the reader subscribed to (issue 15): fetched only with the host permission the
  // reader granted for each, without cookies; one alarm wakes the worker for the next one due.
  const sources = new SourceScheduler(
    {
      db,
      fetch: (input, init) => fetch(input, init),
      indexer: async () => backgroundIndexer(createDetector, await detectors.packaged()),
      mayFetch: (url) => browser.permissions.contains({ origins: [hostPermission(url)] }),
      now: Date.now,
    },
    browser.alarms,
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SOURCES_ALARM) void ready.then(() => sources.checkDue());
  });
  void ready
    .then(() => sources.checkDue())
    .catch((error: unknown) => console.error('[Backstory] sources:', error));
  // Tab ids need no `tabs` permission; tabs without our content script just fail, quietly.
  const refreshTabs = async () => {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : tabClient(tab.id)('refresh', {}))));
  };
  const library = createHandlers({
    db,
    detectors,
    viewerUrl: (id) => `${browser.runtime.getURL('/analysis.html')}?id=${encodeURIComponent(id)}`,
    openTab: async (url, besideTabId) => {
      await browser.tabs.create({
        url,
        ...(besideTabId === undefined ? {} : { openerTabId: besideTabId }),
      });
    },
    refreshTabs,
  });
  const route = createRouter<BackgroundMethods, Caller | null>(
    {
      ...sourceHandlers({
        db,
        scheduler: sources,
        // A test build holds 127.0.0.1 up front: the browser refuses to remove a required permission.
        releasePermission: (pattern) => browser.permissions.remove({ origins: [pattern] }).catch(() => false),
        now: Date.now,
      }),
      ...learnedHandlers({
        db,
        knowledgeChanged: async () => {
          detectors.invalidate();
          await refreshTabs();
        },
      }),
      ...library,
      // After an import: a backup may have restored sources (issue 15), due at once: checked now.
      knowledgeChanged: async (request, caller) => {
        void sources.checkDue().catch((error: unknown) => console.error('[Backstory] sources:', error));
        return library.knowledgeChanged(request, caller);
      },
    },
    authorize,
    parseRequest,
  );

  /**
   * Runs a message once an abandoned import is rolled back. Nothing waits for the seed: the packaged
   * base detects and names actors without it, and the seed writes the samples first. Messages that
   * are not ours get undefined, at once.
   */
  const answer = (message: unknown, caller: Caller | null) => {
    if (typeof (message as { backstory?: unknown } | null)?.backstory !== 'string') return undefined;
    return ready.then(() => route(message, caller));
  };

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-actor' && command !== 'previous-actor') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await tabClient(tab.id)('focusHighlight', { direction: command === 'next-actor' ? 1 : -1 });
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void welcomeOnInstall(reason, db, async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }).catch((error: unknown) => console.error('[Backstory] could not open the welcome page:', error));
  });

  // "Note on this selection": made again at every start (Firefox forgets menus on restart; the same
  // id twice is an error in Chrome, hence removeAll first).
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: NOTE_MENU.id,
      title: t(NOTE_MENU.titleMessage),
      contexts: [...NOTE_MENU.contexts],
    }),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const target = noteOnSelectionOf(info, tab);
    if (target === null) return;
    // Opening a panel needs the click's user gesture: called at once, before anything is awaited. A
    // panel opening now reads the selection from the page; one already open is told.
    openPanel(target.tabId);
    void createClient<PanelMethods>((m) => browser.runtime.sendMessage(m))('noteOnSelection', target);
  });

  // Content scripts keep a port open (see port-transport.ts): the same checks, the same router.
  browser.runtime.onConnect.addListener((port) => {
    wakeMark('port');
    const caller = port.name === PAGE_PORT && port.sender ? callerOf(port.sender) : null;
    if (caller === null) {
      port.disconnect();
      return;
    }
    servePort(port, (message) => answer(message, caller));
  });

  browser.runtime.onMessage.addListener((message, sender) => answer(message, callerOf(sender)));
});

/**
 * Who sent a message: only this extension's own contexts count. Extension pages have our origin;
 * anything else from our id is a content script in a web page, with fewer rights.
 */
function callerOf(sender: { id?: string; url?: string; tab?: { id?: number } }): Caller | null {
  if (sender.id !== browser.runtime.id) return null;
  const ownOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(ownOrigin)) return { context: 'extension' };
  return {
    context: 'content',
    ...(sender.url === undefined ? {} : { url: sender.url }),
    ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
  };
}

/**
 * Seeds the packaged actors when the database holds an older version of them. Only then is the 7 MB
 * `kb/actors.json` read. Progress is kept in the settings for the options page.
 */
async function seedIfNew(db: BackstoryDB, base: Promise<PackagedBase>): Promise<void> {
  if ((await getSetting(db, 'starterVersion', 0)) >= STARTER_KB_VERSION) return;
  const packaged = await base;
  const samplesDetector = async () =>
    createDetector({ ...(await readerKnowledge(db)), topics: TOPICS, base: packaged });
  // The samples and topics first, before the 9 MB of actors is read: a new profile's first card has them.
  await writeSamples(db, await samplesDetector(), SAMPLE_ANALYSES, TOPICS);
  const actors = await loadPackagedActors(browser.runtime.getURL('/kb/actors.json'));
  const makeDetector = (input: DetectorInput) =>
    createDetector({ ...input, actors: input.actors.filter((a) => a.userAdded === true), base: packaged });
  await seedStarterData(db, starterData(actors), makeDetector, {
    onProgress: (done, total) => void setSetting(db, 'seedProgress', { done, total }),
    samplesDetector,
  });
}

/**
 * Builds the gazetteer's sets, the per-word facts and the topic scorer, and warms the detection code,
 * on a few sentences of our own, while `kb/base.bin.gz` is read: the first detection of a page paid for
 * them. The topics in the database's order (by id), so that the page's detector gets the same scorer.
 */
function warmUp(): void {
  const topics = [...TOPICS].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  createDetector({ actors: [], topics }).detect(WARM_UP);
}

const WARM_UP = `WASHINGTON — The Turkish foreign minister, Hakan Fidan, met officials of the European Union and NATO in Moscow on Tuesday, a spokesman for the ministry said. "We are not there yet," Mr. Fidan told reporters after the talks with Russia's Sergei Lavrov, adding that Ankara's proposal on grain exports through the Black Sea still stood.

Oil prices rose 3 per cent after OPEC+ agreed on new cuts; the sanctions on Iran's energy sector, the ceasefire in Gaza and the elections in Germany weighed on markets. The U.S. Treasury and the IMF said inflation would ease in 2025.

Министр иностранных дел России Сергей Лавров заявил в четверг, что переговоры в Стамбуле продолжатся.`;

/** Opens the side panel (Chrome) or the sidebar (Firefox) on `tabId`'s window. */
function openPanel(tabId: number): void {
  const panels = globalThis as unknown as PanelApis;
  const opening = import.meta.env.FIREFOX
    ? panels.browser.sidebarAction.open()
    : panels.chrome.sidePanel.open({ tabId });
  opening.catch((error: unknown) => console.error('[Backstory] could not open the side panel:', error));
}

/** Chrome's `sidePanel` (116+) and Firefox's `sidebarAction`, which WXT's browser types lack. */
interface PanelApis {
  chrome: { sidePanel: { open(options: { tabId: number }): Promise<void> } };
  browser: { sidebarAction: { open(): Promise<void> } };
}

function tabClient(tabId: number) {
  return createClient<ContentMethods>((message) => browser.tabs.sendMessage(tabId, message));
}
