import type { BackstoryDB } from './database';
import { getSetting, setSetting } from './settings';

const DISABLED_SITES = 'disabledSites';
const PAUSED = 'paused';

/**
 * The site a page belongs to, as the off switch names it: the host without a leading "www.".
 * Null for URLs that are not web pages (files, extension pages, browser pages).
 */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Sites where Backstory is switched off, sorted. */
export async function disabledSites(db: BackstoryDB): Promise<string[]> {
  return getSetting<string[]>(db, DISABLED_SITES, []);
}

export async function setSiteDisabled(db: BackstoryDB, site: string, disabled: boolean): Promise<string[]> {
  return db.transaction('rw', db.settings, async () => {
    const sites = new Set(await disabledSites(db));
    if (disabled) sites.add(site);
    else sites.delete(site);
    const sorted = [...sites].sort();
    await setSetting(db, DISABLED_SITES, sorted);
    return sorted;
  });
}

/** True when Backstory is paused everywhere. */
export async function isPaused(db: BackstoryDB): Promise<boolean> {
  return getSetting(db, PAUSED, false);
}

export async function setPaused(db: BackstoryDB, paused: boolean): Promise<void> {
  await setSetting(db, PAUSED, paused);
}
