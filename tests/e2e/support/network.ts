/**
 * Hosts the browsers contact on their own (Chromium's component updater, network time and account
 * checks; Firefox's remote settings) even with the quietest flags. They reach only the guard proxy,
 * which refuses them; Backstory has no reason to talk to any of them, so they are left out of the
 * "nothing left 127.0.0.1" assertion. Requests from pages and the extension are caught earlier, by
 * the per-page guard, and none is excused.
 */
const BROWSER_INTERNAL =
  /^(.+\.)?(google\.com|googleapis\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com)$/;

function hostOf(hit: string): string {
  const target = hit.startsWith('CONNECT ') ? `http://${hit.slice('CONNECT '.length)}` : hit;
  try {
    return new URL(target).hostname;
  } catch {
    return hit;
  }
}

/** Proxy hits that are not the browser's own housekeeping. */
export function unexpectedProxyHits(hits: readonly string[]): string[] {
  return hits.filter((hit) => !BROWSER_INTERNAL.test(hostOf(hit)));
}
