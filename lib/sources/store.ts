import type { BackstoryDB } from '../db/database';
import { hash } from '../hash';
import { DEFAULT_INTERVAL_MINUTES, type Source, type SourceKind } from './model';
import { SourceError } from './source-error';
import { USERNAME } from './telegram-preview';

/**
 * What the reader typed, as a source address: `@name`, `t.me/name` (or `t.me/s/name`) is a public
 * Telegram channel, read from `https://t.me/s/<name>`; anything else must be an http(s) address (a
 * feed, or a page that names its feed). Throws a `SourceError` saying what is wrong.
 */
export function sourceAddress(input: string): { kind: SourceKind; url: string } {
  const text = input.trim();
  const channel =
    /^@([A-Za-z0-9_]+)$/.exec(text)?.[1] ??
    /^(?:https?:\/\/)?(?:t|telegram)\.me\/(?:s\/)?([A-Za-z0-9_]+)\/?(?:[?#].*)?$/i.exec(text)?.[1];
  if (channel !== undefined) {
    if (!USERNAME.test(channel)) throw new SourceError('sourceFailChannelName', channel);
    return { kind: 'telegram', url: `https://t.me/s/${channel}` };
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    throw new SourceError('sourceFailNotAddress');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SourceError('sourceFailScheme');
  if (!isHostName(url.hostname)) throw new SourceError('sourceFailNotAddress');
  if (url.username || url.password) throw new SourceError('sourceFailCredentials');
  url.hash = '';
  return { kind: 'feed', url: url.href };
}

/**
 * Whether a parsed URL's host is a host name (letters, digits and hyphens between dots, international
 * names in their xn-- form) or an IP address. Chromium's URL parser takes "not an address" as the host
 * `not%20an%20address`, where the standard (and Firefox, and Node) refuse it.
 */
export function isHostName(hostname: string): boolean {
  return /^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.?$/i.test(hostname) || /^\[[0-9a-f:.]+\]$/i.test(hostname);
}

/** The host permission a source needs: its scheme and host, any port (`http://127.0.0.1/*`). */
export function hostPermission(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export const sourceId = (url: string) => `src:${hash(url)}`;

/** Adds a source to check at once, or returns the one already stored for the same address. */
export async function addSource(db: BackstoryDB, input: string, now: number): Promise<Source> {
  const { kind, url } = sourceAddress(input);
  const id = sourceId(url);
  const stored = await db.sources.get(id);
  if (stored) return stored;
  const source: Source = {
    id,
    kind,
    url,
    name: kind === 'telegram' ? `@${url.slice('https://t.me/s/'.length)}` : new URL(url).host,
    addedAt: now,
    status: 'checking',
    nextCheck: now,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    paused: false,
    added: 0,
    failures: 0,
  };
  await db.sources.add(source);
  return source;
}

/**
 * Removes a source, and with `withAnalyses` the analyses it added (notes stay: they belong to the
 * pages they were written on). Returns the host permission no remaining source needs, to give back.
 */
export async function removeSource(
  db: BackstoryDB,
  id: string,
  withAnalyses: boolean,
): Promise<string | null> {
  const tables = [db.sources, db.sourceItems, db.analyses];
  const source = await db.transaction('rw', tables, async () => {
    const row = await db.sources.get(id);
    if (!row) return null;
    const items = db.sourceItems.where('sourceId').equals(id);
    // Readers leave out mention sets and search postings of analyses that are not stored.
    if (withAnalyses) await db.analyses.bulkDelete((await items.primaryKeys()) as string[]);
    await items.delete();
    await db.sources.delete(id);
    return row;
  });
  if (!source) return null;
  const permission = hostPermission(source.url);
  const others = await db.sources.filter((s) => hostPermission(s.url) === permission).count();
  return others === 0 ? permission : null;
}

/** Pauses or resumes a source; a resumed source is checked when next due (at once if overdue). */
export async function setSourcePaused(db: BackstoryDB, id: string, paused: boolean): Promise<void> {
  await db.sources.update(id, { paused });
}

/** The sources due for a check at `now`, and when the next one after them is due (null: none). */
export async function dueSources(
  db: BackstoryDB,
  now: number,
): Promise<{ due: string[]; next: number | null }> {
  const active = (await db.sources.toArray()).filter((s) => !s.paused);
  const due = active.filter((s) => s.nextCheck <= now).map((s) => s.id);
  const later = active.filter((s) => s.nextCheck > now).map((s) => s.nextCheck);
  return { due, next: later.length > 0 ? Math.min(...later) : null };
}
