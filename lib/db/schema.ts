/**
 * The rows the database stores, in one module that imports nothing else of `lib/db` (house style,
 * rule 14; issue 14): the upgrades import these types and their own frozen helpers only, so a later
 * edit to today's write path can never change what an old upgrade does. The records every context
 * speaks in (`Actor`, `Analysis`, `Note`, …) are stored as they are and come from `lib/model`.
 */

import type { Mention } from '../model';

export type { PendingName } from '../learn/learner';
export type { Actor, Analysis, Mention, Note, Topic } from '../model';
export type { Source, SourceItem } from '../sources/model';

/** One key/value row of settings (starter-data version, disabled sites, ...). */
export interface Setting {
  key: string;
  value: unknown;
}

/** Version 1 and 2 kept one mention row per analysis and actor, under a compound key. */
export interface MentionRow extends Mention {
  key: string;
}

/**
 * What an import has changed so far, to undo it if it fails or is cancelled: the keys it added and
 * the rows it replaced or removed, per table. Written in the same transaction as the change itself.
 */
export interface JournalRow {
  seq?: number;
  importId: string;
  table: string;
  added: string[];
  replaced: unknown[];
  /** Epoch ms, when the entry was written (a rollback goes by the import's lock, not by this). */
  at: number;
  /**
   * Per key added or replaced, the fingerprint of the row the import left there (`fingerprint` in
   * import-journal.ts): a rollback leaves a row that no longer matches, changed since. Absent in
   * journals written before it, and for blocks only imports write.
   */
  wrote?: Record<string, string>;
}

/**
 * One analysis's mentions and topics: all that relatedness reads of it. The actor columns run in
 * parallel: `counts[i]`, `firstOffsets[i]` and `firstLengths[i]` belong to `actorIds[i]` (see
 * `Mention`).
 */
export interface MentionSet {
  analysisId: string;
  publishedAt: string;
  topicIds: string[];
  actorIds: string[];
  counts: number[];
  firstOffsets: number[];
  firstLengths: number[];
}

/**
 * The mention sets of one write (an import chunk, a saved page, an actor merged), in one row. One
 * row per mention (518,000 rows for 100,000 analyses), and even one per analysis, made IndexedDB's
 * per-record cost most of an import; a block is one record for hundreds of analyses.
 *
 * Blocks are only ever added: an analysis written again is in a later block, and the latest wins
 * (see `readMentionSets`). An import's rollback deletes the blocks it added, which brings back the
 * sets of the analyses it replaced.
 */
export interface MentionBlock {
  /** Later writes sort later (see `newBlockId`). */
  key: string;
  sets: MentionSet[];
  /**
   * True for a block of learned actors' mentions (issue 12): its sets add their actors to the
   * analysis's set before it instead of replacing it, so learning never reads the sets it adds to.
   * A later full set of the analysis (written again, an actor merged) replaces both.
   */
  adds?: true;
}

/**
 * The analyses of one search block (see search-terms.ts): ids and titles joined by NUL (kept in
 * memory, so that search ranks candidates by title before reading any), and each one's publication
 * time (epoch ms).
 */
export interface SearchBlock {
  /** Later blocks sort later (see `newBlockId`). */
  key: string;
  ids: string;
  titles: string;
  times: Float64Array;
}

/** One word in one block: the positions, in the block's list, of the analyses that have it. */
export interface SearchTermRow {
  /** The word, then NUL, then the block id: a prefix range over keys finds a word being typed. */
  key: string;
  docs: Int32Array;
}
