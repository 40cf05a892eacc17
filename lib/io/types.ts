import type { ImportLocks } from '../db/import-locks';
import type { Problem, Words } from './problems';

/**
 * The contract between the import/export library (`lib/io`, `lib/db`) and the options page. The
 * options page runs in the extension's origin, so it opens the same Dexie database as the background
 * and calls these functions directly; it then tells the background to rebuild its detector.
 */

/** Formats Backstory reads; recognised from the file's content, never its name. */
export type ImportFormat = 'telegram' | 'backstory-backup' | 'analyses-jsonl';

/** One record that was not imported, and why, in words a reader understands. */
export interface ImportProblem {
  /** Where it is in the file, in English: "message 12 (id 3456)", "line 7", "analyses[3]". */
  position: string;
  /** Why, in English: "publishedAt is not a date". */
  reason: string;
  /** The position as message names of the catalogues (none for a path of the file, "analyses[3]"). */
  at?: Words[];
  /** The reason as a message name, after the field's path, for the interface to say in its language. */
  why?: Problem;
}

export interface ImportProgress {
  /** 'waiting': another import (in another tab) runs; this one starts when it ends. */
  phase: 'waiting' | 'reading' | 'indexing' | 'writing' | 'done';
  /** Records handled so far, and the total when known. */
  done: number;
  total?: number;
  /** How far through the file, in bytes: the total is always known, so a bar can show it. */
  bytesRead?: number;
  bytesTotal?: number;
}

export interface ImportReport {
  format: ImportFormat;
  /** Analyses that were new. */
  added: number;
  /** Analyses that replaced an older version with the same id (same URL, same post). */
  updated: number;
  /** Analyses already present and identical. */
  unchanged: number;
  /** Records not imported: invalid ones (listed in `problems`) and kinds Backstory does not keep. */
  skipped: number;
  /** Skipped records by reason ("service message", "empty", "poll only", "unsupported", "invalid"). */
  skippedByReason: Record<string, number>;
  /** Invalid records, by position; at most the first 200 (`skipped` counts them all). */
  problems: ImportProblem[];
  /** Backup imports also bring actors, notes and settings. */
  actorsAdded: number;
  notesAdded: number;
  /** Feeds and channels a backup subscribed to that were not here (issue 15). */
  sourcesAdded?: number;
  /** Actors learned from the names the analyses use (issue 12). */
  actorsLearned?: number;
}

export interface ImportOptions {
  /** Called after each chunk's learning (issue 12) with the time it took in this thread, in ms. */
  onLearned?: (ms: number) => void;
  /** Aborting cancels the import; the database is then left exactly as it was before it. */
  signal?: AbortSignal;
  /**
   * The public @username of a single-channel Telegram export (the export does not contain it): with
   * it, posts link to t.me/<username>/<id>. Without it, it is learnt from the channel's links to its own posts.
   */
  channelUsername?: string;
  onProgress?(progress: ImportProgress): void;
  /** The Web Locks API to serialise imports with (`navigator.locks`, the default); tests pass their own. */
  locks?: ImportLocks;
}

/** One hit of the options page's search. */
export interface SearchHit {
  kind: 'analysis' | 'note';
  id: string;
  title: string;
  /** Text around the match, as plain text. */
  excerpt: string;
  date: string;
}
