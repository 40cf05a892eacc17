import type { ActorKind } from '../model';
import type { BackstoryDB } from './database';
import { getSetting, setSetting } from './settings';

/** Which known actors a page gets highlighted (issue 11, "Highlights that help, not noise"). */
export interface HighlightPrefs {
  /** 'all': every known actor; 'library': only actors the library has analyses or notes on. */
  mode: 'all' | 'library';
  /** The kinds highlighted, in `ACTOR_KINDS` order; an empty list highlights nothing. */
  kinds: ActorKind[];
}

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'state', 'organisation', 'place'];

export const DEFAULT_HIGHLIGHT_PREFS: Readonly<HighlightPrefs> = Object.freeze({
  mode: 'all',
  kinds: [...ACTOR_KINDS],
});

const KEY = 'highlightPrefs';

/**
 * The prefs `value` stands for, each part falling back to its default when it is not valid (a backup
 * from elsewhere, an older build): an unknown mode is 'all', kinds that are not a list of known kinds
 * are every kind. Unknown kinds in a list are dropped, repeats count once.
 */
export function parseHighlightPrefs(value: unknown): HighlightPrefs {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const mode =
    record.mode === 'library' || record.mode === 'all' ? record.mode : DEFAULT_HIGHLIGHT_PREFS.mode;
  const listed = Array.isArray(record.kinds) ? new Set<unknown>(record.kinds) : null;
  const kinds = listed === null ? [...ACTOR_KINDS] : ACTOR_KINDS.filter((kind) => listed.has(kind));
  return { mode, kinds };
}

/** The stored prefs, or the defaults where nothing valid is stored. */
export async function readHighlightPrefs(db: BackstoryDB): Promise<HighlightPrefs> {
  return parseHighlightPrefs(await getSetting<unknown>(db, KEY, null));
}

/** Stores `prefs` as `parseHighlightPrefs` reads them, and returns what was stored. */
export async function writeHighlightPrefs(db: BackstoryDB, prefs: unknown): Promise<HighlightPrefs> {
  const valid = parseHighlightPrefs(prefs);
  await setSetting(db, KEY, valid);
  return valid;
}
