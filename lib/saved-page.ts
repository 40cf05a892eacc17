import type { AnalysisDraft } from './db/analyses';
import type { SavedPageDraft } from './messaging/contract';
import { canonicalUrl, pageKey } from './page-url';

/** Saving the same article twice updates it: the id is its canonical URL. */
export function savedPageId(url: string): string | null {
  const canonical = canonicalUrl(url);
  return canonical === null ? null : `page:${canonical}`;
}

/** Checks a saved page and turns it into an analysis draft; throws with the reason when it cannot. */
export function savedPageToDraft(page: SavedPageDraft, now = new Date()): AnalysisDraft {
  const id = savedPageId(page.url);
  if (id === null) throw new Error('Only web pages (http or https) can be saved.');
  const text = page.text.trim();
  if (text.length < 20) throw new Error('This page has no article text to save.');
  const published = page.publishedAt ? Date.parse(page.publishedAt) : Number.NaN;
  return {
    id,
    url: pageKey(page.url),
    title: page.title.trim() || pageKey(page.url),
    source: page.source.trim() || new URL(page.url).hostname,
    ...(page.author?.trim() ? { author: page.author.trim() } : {}),
    publishedAt: Number.isNaN(published) ? now.toISOString() : new Date(published).toISOString(),
    text,
    origin: 'saved-page',
  };
}
