/** A feed (RSS, Atom, JSON Feed) or a public Telegram channel read from its web preview. */
export type SourceKind = 'feed' | 'telegram';

/** `checking` while a check runs, `error` when the last one failed (see `error`). */
export type SourceStatus = 'ok' | 'error' | 'checking';

/** One source the reader subscribed to: a row of the `sources` table (database version 8). */
export interface Source {
  /** `src:` and a hash of `url`: adding the same address twice finds the same source. */
  id: string;
  kind: SourceKind;
  /** The feed's address, or `https://t.me/s/<username>` for a channel. */
  url: string;
  /** The feed's or channel's title (the address until the first check). */
  name: string;
  addedAt: number;
  status: SourceStatus;
  /** Why the last check failed, in English words (all a row written before issue 14 has). */
  error?: string;
  /** The same reason as a message name of the catalogues and what fills it, to show it translated. */
  errorKey?: string;
  errorParams?: string[];
  /** Epoch ms of the last finished check, and of the next one. */
  lastCheck?: number;
  nextCheck: number;
  /** Minutes between checks while they succeed. */
  intervalMinutes: number;
  paused: boolean;
  /** Items this source added to the library so far. */
  added: number;
  /** Failed checks in a row: each one doubles the wait (see `nextCheckAfter`). */
  failures: number;
  /** Validators of the last answer, sent back so an unchanged feed answers 304. */
  etag?: string;
  lastModified?: string;
  /** Hash of the last body read: a server without validators that sends the same feed costs no write. */
  bodyHash?: string;
  /** The first check's progress through the history (items, or preview pages of a channel). */
  progress?: { done: number; total?: number };
}

/** Which source an analysis came from, for removing a source with its analyses. */
export interface SourceItem {
  analysisId: string;
  sourceId: string;
}

export const DEFAULT_INTERVAL_MINUTES = 120;
/** Longest wait after failures: a day (or the interval, when that is longer). */
const MAX_BACKOFF_MINUTES = 24 * 60;

/**
 * When to check again: after the interval when the last check worked; after failures, the interval
 * doubled for each failure in a row, up to a day, so a broken server is asked less and less often.
 */
export function nextCheckAfter(source: Pick<Source, 'intervalMinutes' | 'failures'>, now: number): number {
  const cap = Math.max(source.intervalMinutes, MAX_BACKOFF_MINUTES);
  return now + Math.min(source.intervalMinutes * 2 ** source.failures, cap) * 60_000;
}
