import type { Table } from 'dexie';
import type { Analysis } from '../model';
import type { BackstoryDB } from './database';
import type { MentionSet } from './mention-sets';
import { newBlockId } from './search-terms';

/**
 * An analysis an import replaced. Its mention set is in an earlier block, except for imports
 * journalled by version 2: the upgrade kept their sets here, to be written back.
 */
export interface ReplacedAnalysis {
  analysis: Analysis;
  mentionSet?: MentionSet;
}

/** A journal older than this with no newer entry belongs to an import whose tab was closed. */
export const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Notes what one write of an import did, so `rollbackImport` can undo it. Call inside the write's
 * own transaction (with `importJournal` in its scope): the change and its journal land together.
 */
export async function journal(
  db: BackstoryDB,
  importId: string,
  table: string,
  added: string[],
  replaced: unknown[],
): Promise<void> {
  if (added.length === 0 && replaced.length === 0) return;
  await db.importJournal.add({ importId, table, added, replaced, at: Date.now() });
}

/**
 * Undoes everything an import wrote, newest first, in one transaction: the database is as it was
 * before the import started.
 */
export async function rollbackImport(db: BackstoryDB, importId: string): Promise<void> {
  const tables = [
    db.importJournal,
    db.analyses,
    db.mentionBlocks,
    db.searchBlocks,
    db.searchTerms,
    db.actors,
    db.topics,
    db.notes,
    db.settings,
  ];
  await db.transaction('rw', tables, async () => {
    const entries = await db.importJournal.where('importId').equals(importId).reverse().sortBy('seq');
    for (const entry of entries) {
      if (entry.table === 'analyses') {
        const replaced = entry.replaced as ReplacedAnalysis[];
        // Mention sets of added analyses stay in blocks written before the journal began (by the
        // upgrade to version 3): readers leave out sets of analyses that are not stored.
        await db.analyses.bulkDelete(entry.added);
        await db.analyses.bulkPut(replaced.map((r) => r.analysis));
        const sets = replaced.flatMap((r) => (r.mentionSet ? [r.mentionSet] : []));
        if (sets.length > 0) await db.mentionBlocks.put({ key: newBlockId(), sets });
      } else {
        const table = db.table(entry.table) as Table<unknown, string>;
        await table.bulkDelete(entry.added);
        await table.bulkPut(entry.replaced);
      }
    }
    await db.importJournal.where('importId').equals(importId).delete();
  });
}

/** Forgets the journal of an import that finished: its changes stay. */
export async function commitImport(db: BackstoryDB, importId: string): Promise<void> {
  await db.importJournal.where('importId').equals(importId).delete();
}

/**
 * Rolls back imports left half-done by a tab closed mid-import (their journal is older than
 * `ABANDONED_AFTER_MS`). Returns how many it undid. Safe to call at startup and before each import.
 */
export async function rollbackAbandonedImports(db: BackstoryDB, now = Date.now()): Promise<number> {
  const ids = (await db.importJournal.orderBy('importId').uniqueKeys()) as string[];
  let undone = 0;
  for (const id of ids) {
    // Within one import id the index is ordered by `seq`: the last entry is the newest.
    const last = await db.importJournal.where('importId').equals(id).last();
    if (last && now - last.at <= ABANDONED_AFTER_MS) continue;
    await rollbackImport(db, id);
    undone += 1;
  }
  return undone;
}
