import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { POPUP_CSS } from '../../components/popup/popup-styles';
import type { PopupServices, TabInfo } from '../../components/popup/services';
import { type Client, createClient } from '../../lib/messaging/client';
import type { BackgroundMethods, ContentMethods } from '../../lib/messaging/contract';

/**
 * The tab the popup is about: `?tab=<id>` when given (tests open the popup as a page), else the
 * active tab. `tabs.query` needs no `tabs` permission; `url` and `title` are only there for pages
 * the extension has host access to.
 */
async function findTab(): Promise<{ id: number | undefined; info: TabInfo }> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => undefined);
    return { id: param, info: { url: tab?.url, title: tab?.title } };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, info: { url: tab?.url, title: tab?.title } };
}

function wire(tabId: number | undefined): PopupServices {
  const background: Client<BackgroundMethods> = createClient((m) => browser.runtime.sendMessage(m));
  const content: Client<ContentMethods> = createClient((m) =>
    tabId === undefined ? Promise.reject(new Error('No tab.')) : browser.tabs.sendMessage(tabId, m),
  );
  return {
    pageState: () => content('pageState', {}),
    pageContext: (request) => background('pageContext', request),
    saveNote: (draft) => background('saveNote', draft),
    deleteNote: (id) => background('deleteNote', { id }),
    openAnalysis: (analysisId) => background('openAnalysis', { analysisId }),
    articleSnapshot: () => content('articleSnapshot', {}),
    saveAnalysis: (draft) => background('saveAnalysis', draft),
    siteSettings: (url) => background('siteSettings', { url }),
    setSiteEnabled: (site, enabled) => background('setSiteEnabled', { site, enabled }),
    setPaused: (paused) => background('setPaused', { paused }),
    openOptions: () =>
      browser.runtime.openOptionsPage().then(
        () => ({ ok: true, value: null }) as const,
        (error: unknown) => ({ ok: false, error: String(error) }) as const,
      ),
  };
}

async function main() {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const { id, info } = await findTab();
  const app = document.getElementById('app');
  if (app) render(<PopupApp services={wire(id)} tab={info} />, app);
}

void main();
