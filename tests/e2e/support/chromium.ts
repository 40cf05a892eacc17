import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumArgs } from './chromium-flags';
import type { GuardProxy } from './guard-proxy';
import { CHROME_BUILD, CHROMIUM_BIN, requireFile, snapshotBuild } from './paths';
import {
  type ExtensionBrowser,
  isAllowedUrl,
  type LaunchOptions,
  type TabsHost,
  type TestPage,
} from './types';

const WAIT_MS = 10_000;
/** How often `waitFor` asks the page again. */
const POLL_MS = 50;

function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    // The driver's own function types are stricter than the shared interface needs.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    waitFor: async (what, fn, arg, timeoutMs = WAIT_MS) => {
      try {
        // By interval, not animation frames: a tab in the background gets none.
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: POLL_MS });
      } catch (error) {
        throw new Error(`chromium: timed out after ${timeoutMs} ms waiting for ${what}`, { cause: error });
      }
    },
    hover: (selector) => page.hover(selector, { timeout: WAIT_MS }),
    mouseAway: () => page.mouse.move(0, 0),
    press: (key) => page.keyboard.press(key),
    type: (selector, text) => page.locator(selector).pressSequentially(text, { timeout: WAIT_MS }),
    select: async (selector, value) => {
      await page.selectOption(selector, value, { timeout: WAIT_MS });
    },
    click: (selector) => page.click(selector, { timeout: WAIT_MS }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
  };
}

/**
 * Chromium with `.output/chrome-mv3` loaded, on a temporary persistent profile. Requests leave only for
 * 127.0.0.1 and the extension: `context.route` aborts the rest, and the guard proxy catches whatever
 * does not pass through routing.
 */
export async function launchChromium(
  proxy: GuardProxy,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  requireFile(CHROMIUM_BIN, 'install chromium (apt-get install chromium) or set CHROMIUM_BIN');
  const build = await snapshotBuild(CHROME_BUILD, 'run `npx wxt build` first', options.catalogues);
  const profile = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const blocked: string[] = [];
  let context: BrowserContext;
  let worker: Worker;

  async function start(): Promise<void> {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        ...chromiumArgs(build),
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        ...(options.language ? [`--lang=${options.language}`] : []),
      ],
      // On Linux Chromium takes its interface language from the environment; `--lang` is for the rest.
      ...(options.language
        ? { env: { ...process.env, LANGUAGE: options.language }, locale: options.language }
        : {}),
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isAllowedUrl(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WAIT_MS }));
  }

  try {
    await start();
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
    throw error;
  }
  // `new URL(...).origin` is 'null' for chrome-extension: URLs in Node.
  const origin = () => `chrome-extension://${new URL(worker.url()).host}`;

  return {
    name: 'chromium',
    extensionFetch: (url) =>
      worker.evaluate(
        (u) =>
          fetch(u).then(
            () => 'loaded',
            () => 'failed',
          ),
        url,
      ),
    get extensionOrigin() {
      return origin();
    },
    blocked,
    proxied: proxy.hits,
    newPage: async (url, viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url);
      return wrapPage(page);
    },
    openExtensionPage: async (path, viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${origin()}/${path}`);
      return wrapPage(page);
    },
    tabIdOf: async (page) => {
      // The active tab is the one just brought to front; the URL check needs `tabs` or host
      // permission, so it only applies when the extension can see URLs.
      await page.bringToFront();
      const tabs = await worker.evaluate(() =>
        (globalThis as unknown as TabsHost).chrome.tabs
          .query({ active: true, lastFocusedWindow: true })
          .then((t) => t.map(({ id, url }) => ({ id, url }))),
      );
      const tab = tabs[0];
      if (tabs.length !== 1 || tab?.id === undefined)
        throw new Error(`no single active tab: ${JSON.stringify(tabs)}`);
      if (tab.url !== undefined && tab.url !== page.url())
        throw new Error(`active tab is ${tab.url}, not ${page.url()}`);
      return tab.id;
    },
    restart: async () => {
      await context.close();
      await start();
    },
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
      await rm(build, { recursive: true, force: true });
    },
  };
}
