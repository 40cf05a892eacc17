import type { Transaction } from 'dexie';

/** The parameters `canonicalUrl` dropped when version 11 shipped: a frozen copy (house style, rule 14). */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|sref)$/i;

/** `pageKey` as version 11 shipped it (lib/page-url.ts), frozen so a later change cannot alter this upgrade. */
function pageKeyV11(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

/**
 * Version 10 to 11: one URL identity (issue 14). Notes were stored under the address as the tab had it,
 * with its `#fragment` and `utm_*` parameters, while saved analyses used the canonical URL, so a note
 * did not come back when the page was opened without them and a saved page listed itself among its
 * related analyses. Every note's and analysis's `url` becomes its page key; nothing else changes and no
 * row is removed. Only the rows under a changed address are read: the `url` index's distinct keys are
 * enough to find them.
 */
export async function upgradeToV11(tx: Transaction): Promise<void> {
  for (const name of ['notes', 'analyses']) {
    const table = tx.table<{ url: string }, string>(name);
    const urls = (await table.orderBy('url').uniqueKeys()) as string[];
    for (const url of urls) {
      const key = pageKeyV11(url);
      if (key === url) continue;
      await table
        .where('url')
        .equals(url)
        .modify((row) => {
          row.url = key;
        });
    }
  }
}
