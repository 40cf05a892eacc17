import type { CardView } from '../../../lib/messaging/contract';
import { sendCardView } from './extension-calls';
import type { ExtensionBrowser, TestPage } from './types';

const CLOSED: CardView = {
  open: false,
  title: '',
  text: '',
  analyses: [],
  notes: [],
  background: null,
  markup: 0,
  rtl: [],
  html: '',
};

/**
 * Reads the actor card the way only the extension can: the card's shadow root is closed, so the page
 * (and a test running in it) sees an empty host. An extension page, opened before the article pages so
 * that it never takes the front from them, asks the tab's content script for `cardView`.
 */
export class CardReader {
  #sender: TestPage | null = null;
  /**
   * Tab ids, asked once per page: Firefox's `tabIdOf` opens a helper tab, and the focus leaving and
   * coming back would reopen a card that keyboard focus opened.
   */
  readonly #tabIds = new WeakMap<TestPage, number>();

  constructor(private readonly browser: ExtensionBrowser) {}

  /** Opens the asking page; again after a browser restart, which closes every page. */
  async open(): Promise<void> {
    this.#sender = await this.browser.openExtensionPage('popup.html');
  }

  async view(page: TestPage): Promise<CardView> {
    if (this.#sender === null) throw new Error('CardReader.open() first.');
    const tabId = this.#tabIds.get(page) ?? (await this.browser.tabIdOf(page));
    this.#tabIds.set(page, tabId);
    const reply = (await this.#sender.evaluate(sendCardView, tabId)) as {
      ok: boolean;
      value?: CardView | null;
      error?: string;
    };
    if (!reply.ok) throw new Error(`cardView failed: ${reply.error}`);
    return reply.value ?? CLOSED;
  }

  /** Waits for an open card whose title includes `title`, opened `how` (for the error message). */
  waitForTitle(page: TestPage, how: string, title: string): Promise<CardView> {
    return this.waitFor(
      page,
      `a card titled "${title}" to open ${how}`,
      (v) => v.open && v.title.includes(title),
    );
  }

  waitForClosed(page: TestPage, how: string): Promise<CardView> {
    return this.waitFor(page, `the card to close ${how}`, (v) => !v.open);
  }

  /** Polls until `test` holds for the card in `page`; the timeout error shows what the card showed. */
  async waitFor(page: TestPage, what: string, test: (view: CardView) => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const view = await this.view(page);
      if (test(view)) return view;
      if (Date.now() > deadline)
        throw new Error(
          `${this.browser.name}: timed out waiting for ${what}; the card showed ${JSON.stringify(view)}`,
        );
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}
