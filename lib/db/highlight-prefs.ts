import type { ActorKind } from '../model';
import type { BackstoryDB } from './database';
import { getSetting, setSetting } from './settings';

/**
 * Which known actors a page gets highlighted (issue 11, "Highlights that help, not noise"): by kind.
 * Issue 11 also had a 'library' mode (only actors the library has something on) and a stronger look
 * for those actors; both went with issue 14, since the page sees which names are highlighted and how
 * they look, and so would learn what the reader's library holds. A stored `mode` is ignored.
 */
export interface HighlightPrefs {
  /** The kinds highlighted, in `ACTOR_KINDS` order; an empty list highlights nothing. */
  kinds: ActorKind[];
}

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'state', 'organisation', 'place'];

export const DEFAULT_HIGHLIGHT_PREFS: Readonly<HighlightPrefs> = Object.freeze({ kinds: [...ACTOR_KINDS] });

const KEY = 'highlightPrefs';

/**
 * The prefs `value` stands for, falling back to the default when it is not valid (a backup from
 * elsewhere, an older build): kinds that are not a list of known kinds are every kind. Unknown kinds
 * in a list are dropped, repeats count once; anything else stored (an older `mode`) is left out.
 */
export function parseHighlightPrefs(value: unknown): HighlightPrefs {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const listed = Array.isArray(record.kinds) ? new Set<unknown>(record.kinds) : null;
  const kinds = listed === null ? [...ACTOR_KINDS] : ACTOR_KINDS.filter((kind) => listed.has(kind));
  return { kinds };
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
