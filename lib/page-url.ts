/**
 * The one identity of a page (issue 14): saved analyses, notes, a page's context and the exclusion of
 * the page itself from its related analyses, feed entries and imported records all name a page by
 * `pageKey`, so the same article reached through `#comments` or `?utm_source=...` is the same page.
 */

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

/**
 * The key a page's notes and analyses are stored and looked up under: its canonical URL, or the
 * address as given when it is not an http(s) URL (a note on such a page is still the reader's).
 */
export function pageKey(url: string): string {
  return canonicalUrl(url) ?? url;
}
