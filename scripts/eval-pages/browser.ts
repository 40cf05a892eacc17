import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { PageState, ReadTiming } from '../../lib/messaging/contract';
import { chromiumArgs } from '../../tests/e2e/support/chromium-flags';
import { NAME_SHIM } from './in-page';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** What a page may load: 127.0.0.1, the extension, and URLs that are not on the network. */
const isLocal = (url: string) =>
  /^(chrome-extension|data|blob|about):/.test(url) || /^https?:\/\/127\.0\.0\.1[:/]/.test(url);

/** The one browser of a run, with Backstory loaded and nothing but 127.0.0.1 reachable. */
export interface EvalBrowser {
  context: BrowserContext;
  worker: Worker;
  /** `chrome-extension://<id>` */
  origin: string;
  /** Requests aborted because they were not for 127.0.0.1 or the extension. */
  blocked: number;
  /** Asks the page's content script what it read; null when it did not take the page for an article. */
  pageState(page: Page): Promise<{ actors: number; timing: ReadTiming | null } | null>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  close(): Promise<void>;
}

interface ChromeHost {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: object): Promise<unknown>;
    };
    runtime: { sendMessage(m: object): Promise<unknown> };
  };
}

/**
 * A headless Chromium with one unpacked extension and a fresh profile, where every request that is not
 * local is aborted (`onBlocked` hears of each) and `NAME_SHIM` runs in every page.
 */
async function openContext(
  extension: string,
  onBlocked: () => void = () => {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-eval-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extension),
  });
  await context.route('**/*', (route) => {
    if (isLocal(route.request().url())) return route.continue();
    onBlocked();
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(NAME_SHIM);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launch(extension: string): Promise<EvalBrowser> {
  let blocked = 0;
  const { context, close } = await openContext(extension, () => blocked++);
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  // An extension page to send `setSiteEnabled` from: the worker cannot message itself.
  const popup = await context.newPage();
  await popup.goto(`${origin}/popup.html`);

  return {
    context,
    worker,
    origin,
    get blocked() {
      return blocked;
    },
    pageState: async (page) => {
      // The extension has no `tabs` permission: tabs cannot be found by URL, only as the active one.
      await page.bringToFront();
      const reply = await worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeHost;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) return { ok: false, error: 'no active tab' };
        return chrome.tabs.sendMessage(tab.id, { backstory: 'pageState', payload: {} });
      });
      const r = reply as { ok: boolean; value?: PageState | null; error?: string };
      if (!r.ok) throw new Error(`pageState: ${r.error}`);
      // A page Backstory did not read answers `read: false`: not an article here.
      return r.value?.read ? { actors: r.value.actors.length, timing: r.value.timing ?? null } : null;
    },
    setSiteEnabled: async (site, enabled) => {
      const reply = (await popup.evaluate(
        (payload) =>
          (globalThis as unknown as ChromeHost).chrome.runtime.sendMessage({
            backstory: 'setSiteEnabled',
            payload,
          }),
        { site, enabled },
      )) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(`setSiteEnabled: ${reply.error}`);
    },
    close,
  };
}

/** The floor extension: a content script that only walks the text, injected when Backstory's is. */
const FLOOR_EXTENSION = resolve(import.meta.dirname, 'floor-extension');

/** A second browser with only the floor extension, on the same terms (nothing but 127.0.0.1). */
export function launchFloor(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return openContext(FLOOR_EXTENSION);
}
