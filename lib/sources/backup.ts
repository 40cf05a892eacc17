import { DEFAULT_INTERVAL_MINUTES, type Source, type SourceItem } from './model';
import { sourceAddress, sourceId } from './store';

/**
 * A source as a backup keeps it: the subscription and which analyses it brought, not the state of its
 * last check (validators, failures, status), which belongs to the installation that made it.
 */
export interface SourceBackup {
  kind: Source['kind'];
  url: string;
  name: string;
  addedAt: number;
  intervalMinutes: number;
  paused: boolean;
  added: number;
  /** The ids of the analyses this source added, so "remove with its analyses" still finds them. */
  items: string[];
}

export function sourceBackup(source: Source, items: readonly string[]): SourceBackup {
  const { kind, url, name, addedAt, intervalMinutes, paused, added } = source;
  return { kind, url, name, addedAt, intervalMinutes, paused, added, items: [...items] };
}

/**
 * The source a backup record restores, due for a check at once (`lastCheck` unset: its first check
 * reads the history again, and the analyses already restored are recognised by their ids). Its id is
 * computed from its address again, so the same feed is never subscribed twice. The browser grants no
 * host permission to an import: the options page offers "Allow" for each restored source without it.
 * Throws a `SourceError` when the address is not one a source can have.
 */
export function restoredSource(backup: SourceBackup, now: number): { source: Source; items: SourceItem[] } {
  const { kind, url } = sourceAddress(backup.url);
  const id = sourceId(url);
  const source: Source = {
    id,
    kind,
    url,
    name: backup.name.trim() || url,
    addedAt: backup.addedAt,
    status: 'ok',
    nextCheck: now,
    intervalMinutes: backup.intervalMinutes > 0 ? backup.intervalMinutes : DEFAULT_INTERVAL_MINUTES,
    paused: backup.paused,
    added: backup.added,
    failures: 0,
  };
  return { source, items: backup.items.map((analysisId) => ({ analysisId, sourceId: id })) };
}
