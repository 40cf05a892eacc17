import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DetectorCache } from '@/lib/background/detector-cache';
import { authorize, type Caller, createHandlers } from '@/lib/background/handlers';
import { starterData } from '@/lib/background/starter-data';
import { BackstoryDB } from '@/lib/db/database';
import { rollbackAbandonedImports } from '@/lib/db/import-journal';
import { seedStarterData } from '@/lib/db/seed';
import { createDetector } from '@/lib/detect';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundMethods, ContentMethods } from '@/lib/messaging/contract';
import { PAGE_PORT, servePort } from '@/lib/messaging/port-transport';
import { createRouter } from '@/lib/messaging/router';
import { parseRequest } from '@/lib/messaging/schemas';

export default defineBackground(() => {
  const db = new BackstoryDB();
  // Every worker start checks the starter data version; seeding runs only when it changed. An import
  // that a closed options tab left half-done is rolled back first: a failed import writes nothing.
  const ready = rollbackAbandonedImports(db)
    .then(() => seedStarterData(db, starterData(), createDetector))
    .catch((error: unknown) => {
      console.error('[Backstory] could not prepare the database:', error);
    });
  const detectors = new DetectorCache(db, createDetector, ready);
  const route = createRouter<BackgroundMethods, Caller | null>(
    createHandlers({
      db,
      detectors,
      viewerUrl: (id) => `${browser.runtime.getURL('/analysis.html')}?id=${encodeURIComponent(id)}`,
      openTab: async (url, besideTabId) => {
        await browser.tabs.create({
          url,
          ...(besideTabId === undefined ? {} : { openerTabId: besideTabId }),
        });
      },
      refreshTabs: async () => {
        // Tab ids need no `tabs` permission; tabs without our content script just fail, quietly.
        const tabs = await browser.tabs.query({});
        await Promise.all(
          tabs.map((tab) => (tab.id === undefined ? null : tabClient(tab.id)('refresh', {}))),
        );
      },
    }),
    authorize,
    parseRequest,
  );

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-actor' && command !== 'previous-actor') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await tabClient(tab.id)('focusHighlight', { direction: command === 'next-actor' ? 1 : -1 });
  });

  // Content scripts keep a port open (see port-transport.ts): the same checks, the same router.
  browser.runtime.onConnect.addListener((port) => {
    const caller = port.name === PAGE_PORT && port.sender ? callerOf(port.sender) : null;
    if (caller === null) {
      port.disconnect();
      return;
    }
    servePort(port, (message) => {
      const reply = route(message, caller);
      return reply === undefined ? undefined : ready.then(() => reply);
    });
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    const caller = callerOf(sender);
    const reply = route(message, caller);
    return reply === undefined ? undefined : ready.then(() => reply);
  });
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

function tabClient(tabId: number) {
  return createClient<ContentMethods>((message) => browser.tabs.sendMessage(tabId, message));
}
