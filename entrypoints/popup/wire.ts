import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import type { PopupServices, TabInfo } from '../../components/popup/services';
import { type Client, createClient } from '../../lib/messaging/client';
import type { BackgroundMethods, ContentMethods } from '../../lib/messaging/contract';

/**
 * The tab the popup is about: `?tab=<id>` when given (tests open the popup as a page), else the
 * active tab. `tabs.query` needs no `tabs` permission; `url` and `title` are only there for pages
 * the extension has host access to.
 */
export async function findTab(): Promise<{ id: number | undefined; info: TabInfo }> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => undefined);
    return { id: param, info: { url: tab?.url, title: tab?.title } };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, info: { url: tab?.url, title: tab?.title } };
}

/** The most actors the merge search lists. */
const MERGE_TARGETS = 8;

/** The popup's services for the tab `tabId` (shared with the side panel). */
export function wire(tabId: number | undefined): PopupServices {
  const background: Client<BackgroundMethods> = createClient((m) => browser.runtime.sendMessage(m));
  const content: Client<ContentMethods> = createClient((m) =>
    tabId === undefined ? Promise.reject(new Error(t('errorNoTab'))) : browser.tabs.sendMessage(tabId, m),
  );
  return {
    pageState: () => content('pageState', {}),
    pageContext: (request) => background('pageContext', request),
    saveNote: (draft) => background('saveNote', draft),
    deleteNote: (id) => background('deleteNote', { id }),
    restoreNote: (note) => background('restoreNote', { note }),
    openAnalysis: (analysisId) => background('openAnalysis', { analysisId }),
    articleSnapshot: () => content('articleSnapshot', {}),
    saveAnalysis: (draft) => background('saveAnalysis', draft),
    siteSettings: (url) => background('siteSettings', { url }),
    setSiteEnabled: (site, enabled) => background('setSiteEnabled', { site, enabled }),
    setPaused: (paused) => background('setPaused', { paused }),
    learned: {
      confirm: (actorId) => background('confirmLearned', { actorId }),
      dismiss: (actorId) => background('dismissLearned', { actorId }),
      edit: (actorId, name, addAliases) => background('editActor', { actorId, name, addAliases }),
      merge: (fromId, intoId) => background('mergeActor', { fromId, intoId }),
      find: (query) => background('findActors', { query, limit: MERGE_TARGETS }),
    },
    openOptions: () =>
      browser.runtime.openOptionsPage().then(
        () => ({ ok: true, value: null }) as const,
        (error: unknown) => ({ ok: false, error: String(error) }) as const,
      ),
  };
}
