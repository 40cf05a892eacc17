import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { GuardProxy } from './guard-proxy';
import { FIREFOX_BIN, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID, requireFile, snapshotBuild } from './paths';
import {
  type ExtensionBrowser,
  isAllowedUrl,
  type LaunchOptions,
  type TabsHost,
  type TestPage,
  type Viewport,
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
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    waitFor: async (what, fn, arg, timeoutMs = WAIT_MS) => {
      try {
        // By interval, not animation frames: a tab in the background gets none (the welcome tab or
        // a closed article's neighbour may be the active one).
        await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: POLL_MS }, arg);
      } catch (error) {
        throw new Error(`firefox: timed out after ${timeoutMs} ms waiting for ${what}`, { cause: error });
      }
    },
    hover: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.hover(selector);
    },
    mouseAway: () => page.mouse.move(0, 0),
    press: (key) => page.keyboard.press(key),
    type: async (selector, text) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.type(selector, text);
    },
    select: async (selector, value) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      const chosen = await page.select(selector, value);
      if (!chosen.includes(value)) throw new Error(`firefox: ${selector} has no option ${value}`);
    },
    click: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.click(selector);
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
  };
}

/**
 * Polls by hand instead of `waitForFunction`: an evaluate that lands while about:blank is being
 * replaced fails inside Firefox's BiDi code ("right-hand side of 'in' should be an object"), and
 * `waitForFunction` gives up on the first such error.
 */
async function pollUntilLoaded(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const loaded = await page.evaluate(
        (u) => location.href === u && document.readyState === 'complete',
        url,
      );
      if (loaded) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`firefox: ${url} did not load within ${WAIT_MS} ms`, { cause: last });
}

/** Every page gets the same guard: loopback and the extension pass, the rest is aborted and recorded. */
async function guard(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (isAllowedUrl(url)) {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
}

/**
 * Firefox ESR with `.output/firefox-mv2` installed as a temporary add-on over WebDriver BiDi. The
 * uuids pref fixes the extension's origin. `restart()` closes Firefox, starts it on the same profile
 * and installs the add-on again (a temporary add-on is gone after a restart); its IndexedDB is kept.
 */
export async function launchFirefox(
  proxy: GuardProxy,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  requireFile(FIREFOX_BIN, 'install firefox-esr (apt-get install firefox-esr) or set FIREFOX_BIN');
  const build = await snapshotBuild(
    FIREFOX_BUILD,
    'run `npx wxt build -b firefox` first',
    options.catalogues,
  );
  const profile = await mkdtemp(join(tmpdir(), 'backstory-firefox-'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const blocked: string[] = [];
  let browser: Browser;

  async function start(): Promise<void> {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      // Release builds honour `services.settings.server` only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Belt and braces: in ESR 153 the temporary add-on's IndexedDB already survives a restart on
        // the same profile without these (checked: a fresh profile loses the note, this one keeps it).
        'extensions.webextensions.keepUuidOnUninstall': true,
        'extensions.webextensions.keepStorageOnUninstall': true,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
        // Firefox's own test harness value: no remote-settings polling to mozilla.com.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        // The interface language, from Debian's language pack (firefox-esr-l10n-<language>).
        ...(options.language
          ? { 'intl.locale.requested': options.language, 'extensions.autoDisableScopes': 0 }
          : {}),
      },
    });
    await browser.installExtension(build);
  }

  async function open(url: string, viewport?: Viewport): Promise<Page> {
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    await guard(page, blocked);
    if (url.startsWith('moz-extension:')) {
      // goto() on a moz-extension URL never resolves over BiDi: start it and poll for the load.
      void page.goto(url).catch(() => {});
      await pollUntilLoaded(page, url);
    } else {
      await page.goto(url);
    }
    return page;
  }

  try {
    await start();
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
    throw error;
  }

  return {
    name: 'firefox',
    extensionFetch: async (url) => {
      // Any document at the extension's origin runs with its principal; manifest.json always exists.
      const page = await open(`${origin}/manifest.json`);
      try {
        return await page.evaluate(
          (u) =>
            fetch(u).then(
              () => 'loaded' as const,
              () => 'failed' as const,
            ),
          url,
        );
      } finally {
        await page.close();
      }
    },
    extensionOrigin: origin,
    blocked,
    proxied: proxy.hits,
    newPage: async (url, viewport) => wrapPage(await open(url, viewport)),
    openExtensionPage: async (path, viewport) => wrapPage(await open(`${origin}/${path}`, viewport)),
    tabIdOf: async (page) => {
      // Firefox has no service worker to ask: a second extension page queries the active tab.
      const helper = await open(`${origin}/popup.html`);
      try {
        await page.bringToFront();
        const tabs = await helper.evaluate(() =>
          (globalThis as unknown as TabsHost).browser.tabs
            .query({ active: true, currentWindow: true })
            .then((t) => t.map(({ id, url }) => ({ id, url }))),
        );
        const tab = tabs[0];
        if (tabs.length !== 1 || tab?.id === undefined)
          throw new Error(`no single active tab: ${JSON.stringify(tabs)}`);
        if (tab.url !== undefined && tab.url !== page.url())
          throw new Error(`active tab is ${tab.url}, not ${page.url()}`);
        return tab.id;
      } finally {
        await helper.close();
      }
    },
    restart: async () => {
      await browser.close();
      await start();
    },
    close: async () => {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
      await rm(build, { recursive: true, force: true });
    },
  };
}
