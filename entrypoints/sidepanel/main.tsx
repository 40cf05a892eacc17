import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyUiLanguage, t } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import { POPUP_CSS } from '../../components/popup/popup-styles';
import type { PopupServices } from '../../components/popup/services';
import { parseNoteOnSelection, quoteOfText } from '../../lib/background/selection-menu';
import type { TextQuote } from '../../lib/model';
import { findTab, wire } from '../popup/wire';

/**
 * The side panel (Chrome) or sidebar (Firefox): the popup's view of the active tab, kept beside the
 * article. It follows the reader to another tab of its window and reads a tab again when it loads a
 * new page. Opened as a page (`sidepanel.html?tab=<id>`, as the tests do) it starts on that tab and
 * never shows itself.
 */
async function main() {
  applyUiLanguage(document.documentElement);
  document.title = t('extName');
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const app = document.getElementById('app');
  if (!app) return;
  const [first, own, window] = await Promise.all([
    findTab(),
    browser.tabs.getCurrent().catch(() => undefined),
    browser.windows.getCurrent(),
  ]);
  let shown = first.id;
  let generation = 0;

  async function show(tabId: number | undefined, quote?: TextQuote, loaded = false): Promise<void> {
    shown = tabId;
    const asked = ++generation;
    const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
    // Tab events come quickly one after the other: the last one asked wins, whichever answers last.
    if (asked !== generation) return;
    const services = wire(tabId);
    // A new key mounts a fresh view, so nothing of the previous tab's page stays on screen.
    const key = `${tabId}:${asked}`;
    render(
      <PopupApp
        key={key}
        services={loaded || tab?.status === 'loading' ? patient(services) : services}
        tab={{ url: tab?.url, title: tab?.title }}
        {...(quote ? { fallbackQuote: quote } : {})}
      />,
      app as HTMLElement,
    );
  }

  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === window.id && tabId !== own?.id) void show(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === shown && change.status === 'complete') void show(tabId, undefined, true);
  });
  // "Note on this selection" while the panel is open: only the extension's own pages may ask.
  browser.runtime.onMessage.addListener((message, sender) => {
    const { backstory, payload } = (message ?? {}) as { backstory?: unknown; payload?: unknown };
    if (backstory !== 'noteOnSelection' || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    const request = parseNoteOnSelection(payload);
    if (request === null) return Promise.resolve({ ok: false, error: 'Not a tab and a passage.' });
    return show(request.tabId, quoteOfText(request.text)).then(() => ({ ok: true, value: null }));
  });
  await show(first.id);
}

/**
 * A tab that is loading, or has just loaded, may not be read yet by its content script (it reads at
 * `document_end` and waits for the worker): the panel asks again for a few seconds before it says
 * the page was not read.
 */
function patient(services: PopupServices): PopupServices {
  return {
    ...services,
    async pageState() {
      for (let attempt = 1; ; attempt++) {
        const state = await services.pageState();
        if ((state.ok && state.value?.read) || attempt === PATIENCE) return state;
        await new Promise((done) => setTimeout(done, 300));
      }
    },
  };
}

/** Attempts 300 ms apart: 3 s for a page to be read after it loaded. */
const PATIENCE = 10;

void main();
