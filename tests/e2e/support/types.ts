/** The two engines every story runs in. */
export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** How a browser is launched; the defaults are what every story runs with. */
export interface LaunchOptions {
  /**
   * The browser's interface language (default: the machine's, English on the test machines). Needs
   * Debian's `chromium-l10n` and `firefox-esr-l10n-<language>`, which `.ci/run` installs for Russian.
   */
  language?: string;
  /**
   * Catalogues added to this run's copy of the build, by language (`_locales/<language>/messages.json`),
   * never to `.output` or a package: how `rtl.e2e.ts` gives the browser a right-to-left catalogue that
   * Backstory does not ship.
   */
  catalogues?: Record<string, Record<string, { message: string }>>;
}

/**
 * One tab, the same way in both drivers. Functions given to `evaluate`/`waitFor` are serialised and
 * run in the page: they must not close over anything from the test file.
 */
export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a script's source as the driver does (not through the page's `eval`, so an extension page's
   * CSP does not stop it): how the tests load axe-core.
   */
  evaluateSource(source: string): Promise<void>;
  /** Resolves when `fn(arg)` is truthy; rejects with `what` in the message after `timeoutMs`. */
  waitFor<A>(what: string, fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Moves the mouse to the top-left corner, away from any highlight. */
  mouseAway(): Promise<void>;
  press(key: 'Tab' | 'Escape' | 'Enter'): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** PNG of the viewport, or of the whole scrollable page with `fullPage`. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}

/** About the size a toolbar popup gets, for popup pages opened in a tab. */
export const POPUP_VIEWPORT: Viewport = { width: 400, height: 600 };

/** A browser with the built extension loaded and the network guard on. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The extension's origin, e.g. `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab, `viewport`-sized if given. */
  newPage(url: string, viewport?: Viewport): Promise<TestPage>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab, `viewport`-sized if given. */
  openExtensionPage(path: string, viewport?: Viewport): Promise<TestPage>;
  /** The `tabs` API id of the tab showing `page`. */
  tabIdOf(page: TestPage): Promise<number>;
  /** Fetches `url` from an extension context (Chromium: the service worker; Firefox: an extension page). */
  extensionFetch(url: string): Promise<'loaded' | 'failed'>;
  /** Closes the browser and starts it again on the same profile. Open pages are gone afterwards. */
  restart(): Promise<void>;
  /** Requests the page-level guard aborted: anything not to 127.0.0.1 or the extension. */
  readonly blocked: readonly string[];
  /** Requests that reached the guard proxy (background, browser, or anything the pages missed). */
  readonly proxied: readonly string[];
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/** True for URLs a test browser may load: the local fixture server and the extension itself. */
export function isAllowedUrl(url: string): boolean {
  if (/^(chrome-extension|moz-extension|about|data|blob|chrome|devtools):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

interface TabInfo {
  id?: number;
  url?: string;
}

/** The slice of the extension API the harness calls inside extension contexts (no @types/chrome here). */
export interface TabsHost {
  chrome: { tabs: { query(q: Record<string, unknown>): Promise<TabInfo[]> } };
  browser: { tabs: { query(q: Record<string, unknown>): Promise<TabInfo[]> } };
}
