/** After a single-page site changes its URL, give it this long to render the new article. */
const SETTLE_MS = 600;
/** Least time between the starts of two readings for new URLs (issue 14, flooding). */
const GAP_MS = 2000;

/** The part of `PageSession` a navigation needs. */
export interface Readable {
  clear(): void;
  scan(): Promise<unknown>;
}

export interface NavigationOptions {
  signal: AbortSignal;
  /** The page's URL now. */
  url(): string;
  settleMs?: number;
  gapMs?: number;
}

/**
 * Reads the page again when a single-page site shows a new article at a new URL. The page can fire
 * the location-change event itself and change its URL in a loop, so: an event is only a cue to look
 * at the URL once the site has had `settleMs` to render (WXT fires it from the Navigation API's
 * `navigate`, before the new URL is the page's); the page is cleared and read only when the URL is
 * not the one last read; events while a look is due join it; and readings start at least `gapMs`
 * apart. The last URL is always read.
 */
export class NavigationReads {
  #url: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly page: Readable,
    private readonly options: NavigationOptions,
  ) {
    this.#url = options.url();
    options.signal.addEventListener('abort', () => clearTimeout(this.#timer));
  }

  /** The URL may be changing. */
  changed(): void {
    if (this.#timer !== undefined || this.options.signal.aborted) return;
    const now = performance.now();
    const { settleMs = SETTLE_MS, gapMs = GAP_MS } = this.options;
    const at = Math.max(now + settleMs, this.#lastStart + gapMs);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const url = this.options.url();
      if (url === this.#url || this.options.signal.aborted) return;
      this.#url = url;
      this.#lastStart = performance.now();
      this.page.clear();
      void this.page.scan();
    }, at - now);
  }
}
