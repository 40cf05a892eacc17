import type { Table } from 'dexie';
import { hash } from '../hash';
import type { Analysis } from '../model';
import type { BackstoryDB } from './database';
import { type ImportLocks, ifImportEnded, webLocks } from './import-locks';
import type { JournalRow, MentionSet } from './schema';
import { newBlockId } from './search-terms';

/**
 * An analysis an import replaced. Its mention set is in an earlier block, except for imports
 * journalled by version 2: the upgrade kept their sets here, to be written back.
 */
export interface ReplacedAnalysis {
  analysis: Analysis;
  mentionSet?: MentionSet;
}

/** A short digest of a row as stored (`''` for none): a rollback compares it with what the import wrote. */
export function fingerprint(row: unknown): string {
  return row === undefined ? '' : hash(JSON.stringify(row));
}

/**
 * Notes what one write of an import did, so `rollbackImport` can undo it. Call inside the write's
 * own transaction (with `importJournal` in its scope): the change and its journal land together.
 * `wrote` holds the fingerprint of each row the import left under each key it added or replaced
 * (none for blocks, which only the import itself writes).
 */
export async function journal(
  db: BackstoryDB,
  importId: string,
  table: string,
  added: string[],
  replaced: unknown[],
  wrote?: Record<string, string>,
): Promise<void> {
  if (added.length === 0 && replaced.length === 0) return;
  await db.importJournal.add({
    importId,
    table,
    added,
    replaced,
    at: Date.now(),
    ...(wrote ? { wrote } : {}),
  });
}

/**
 * Undoes what an import wrote, newest first, in one transaction. A row changed since the import
 * wrote it (a note edited, an actor deleted meanwhile) is left as it is: a rollback never writes an
 * old snapshot over a later edit. Journals written before version 7 have no fingerprints and are
 * undone as they were.
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
    db.nameSightings,
    db.sources,
    db.sourceItems,
  ];
  await db.transaction('rw', tables, async () => {
    const entries = await db.importJournal.where('importId').equals(importId).reverse().sortBy('seq');
    for (const entry of entries) await undoEntry(db, entry);
    await db.importJournal.where('importId').equals(importId).delete();
  });
}

async function undoEntry(db: BackstoryDB, entry: JournalRow): Promise<void> {
  const table = db.table(entry.table) as Table<unknown, string>;
  const keyPath = table.schema.primKey.keyPath as string;
  const analyses = entry.table === 'analyses';
  const replaced = analyses
    ? (entry.replaced as ReplacedAnalysis[]).map((r) => r.analysis)
    : (entry.replaced as Record<string, unknown>[]);
  const keyOf = (row: unknown) => (row as Record<string, string>)[keyPath] as string;
  let untouched = (_key: string) => true;
  if (entry.wrote) {
    const { wrote } = entry;
    const keys = [...entry.added, ...replaced.map(keyOf)];
    const now = await table.bulkGet(keys);
    const same = new Set(keys.filter((key, i) => fingerprint(now[i]) === wrote[key]));
    untouched = (key) => same.has(key);
  }
  await table.bulkDelete(entry.added.filter(untouched));
  const restored = replaced.filter((row) => untouched(keyOf(row)));
  await table.bulkPut(restored);
  if (!analyses) return;
  // Mention sets of added analyses stay in blocks written before the journal began (by the upgrade
  // to version 3): readers leave out sets of analyses that are not stored. Sets journalled by
  // version 2 go back with their analyses.
  const back = new Set(restored.map(keyOf));
  const sets = (entry.replaced as ReplacedAnalysis[]).flatMap((r) =>
    r.mentionSet && back.has(r.analysis.id) ? [r.mentionSet] : [],
  );
  if (sets.length > 0) await db.mentionBlocks.put({ key: newBlockId(), sets });
}

/** Forgets the journal of an import that finished: its changes stay. */
export async function commitImport(db: BackstoryDB, importId: string): Promise<void> {
  await db.importJournal.where('importId').equals(importId).delete();
}

/**
 * Rolls back imports that ended without finishing (a tab closed or crashed mid-import): a journal
 * whose import's lock no one holds. A running import, however old its journal, is left alone.
 * Returns how many it undid. Safe to call at startup and before each import.
 */
export async function rollbackAbandonedImports(
  db: BackstoryDB,
  locks: ImportLocks = webLocks(),
): Promise<number> {
  const ids = (await db.importJournal.orderBy('importId').uniqueKeys()) as string[];
  let undone = 0;
  for (const id of ids) {
    if (await ifImportEnded(locks, id, () => rollbackImport(db, id))) undone += 1;
  }
  return undone;
}
