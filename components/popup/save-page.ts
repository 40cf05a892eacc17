import type { Result } from '../../lib/messaging/contract';
import { extractArticle } from '../../lib/page/extract-article';
import { t } from '../i18n';
import type { PopupServices } from './services';

/** How saving went: `created` is false when the URL was saved before and the analysis was updated. */
export interface SavedPage {
  id: string;
  created: boolean;
}

/** Parses untrusted page HTML into an inert document: no scripts run, nothing is loaded. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Saves the tab's article as an analysis: asks the content script for the page's HTML, extracts the
 * article here in the popup (the page's own scripts never see Readability run) and sends it to the
 * background, which detects actors and topics and stores it. Never throws.
 */
export async function savePage(
  services: Pick<PopupServices, 'articleSnapshot' | 'saveAnalysis'>,
  parse: (html: string) => Document = parseHtml,
): Promise<Result<SavedPage>> {
  const snapshot = await services.articleSnapshot();
  if (!snapshot.ok) return { ok: false, error: t('errorReadPage', snapshot.error) };
  let draft: ReturnType<typeof extractArticle>;
  try {
    draft = extractArticle(parse(snapshot.value.html), snapshot.value.url);
  } catch (error) {
    return { ok: false, error: t('errorReadArticle', String(error)) };
  }
  if (!draft) return { ok: false, error: t('errorNoArticle') };
  // Readability prefers the page's metadata; the tab title is the better guess when there is none.
  if (!draft.title) draft.title = snapshot.value.title;
  const saved = await services.saveAnalysis(draft);
  if (!saved.ok) return { ok: false, error: t('errorSavePage', saved.error) };
  return { ok: true, value: { id: saved.value.id, created: saved.value.created } };
}
