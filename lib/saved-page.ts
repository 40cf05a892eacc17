import type { AnalysisDraft } from './db/analyses';
import type { SavedPageDraft } from './messaging/contract';

/** Query parameters that only track where a reader came from; the same article without them is the same. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|sref)$/i;

/**
 * The URL that identifies an article: no fragment, no tracking parameters, lower-case host.
 * Null when it is not an http(s) URL.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

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
    url: canonicalUrl(page.url) ?? page.url,
    title: page.title.trim() || (canonicalUrl(page.url) ?? page.url),
    source: page.source.trim() || new URL(page.url).hostname,
    ...(page.author?.trim() ? { author: page.author.trim() } : {}),
    publishedAt: Number.isNaN(published) ? now.toISOString() : new Date(published).toISOString(),
    text,
    origin: 'saved-page',
  };
}
