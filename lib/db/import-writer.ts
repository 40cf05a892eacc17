import type { Table } from 'dexie';
import type { Analysis } from '../model';
import { type AnalysisDraft, type IndexedAnalysis, storeAnalyses, withMentions } from './analyses';
import type { BackstoryDB } from './database';
import { fingerprint, journal, type ReplacedAnalysis } from './import-journal';
import { type LearnedMention, learningTables } from './learning';

/**
 * The ids of the analyses stored, read once when an import starts and kept up to date by it: reading
 * every analysis of a chunk to learn that it is new was a request per analysis. (An analysis saved
 * elsewhere while an import runs, under an id the import also brings, is taken as new by it.)
 */
export type StoredIds = Set<string>;

/** What one chunk did to the analyses. */
export interface ChunkCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** The ids of the analyses added or updated. */
  written: string[];
}

const CONTENT_FIELDS = [
  'url',
  'title',
  'source',
  'author',
  'publishedAt',
  'text',
  'origin',
  'links',
  'hashtags',
];

/** True when a draft says nothing the stored analysis does not already say. */
function sameContent(stored: Analysis, draft: AnalysisDraft): boolean {
  const pick = (record: object) =>
    JSON.stringify(CONTENT_FIELDS.map((f) => (record as Record<string, unknown>)[f] ?? null));
  return pick(stored) === pick(draft) && (draft.addedAt === undefined || draft.addedAt === stored.addedAt);
}

/** A draft with its detection done: ready to be compared with what is stored and written. */
export interface PreparedAnalysis extends IndexedAnalysis {
  draft: AnalysisDraft;
}

/** The drafts of a chunk with one per id: the last of the same id wins, in the place of the first. */
export function lastOfEachId(drafts: readonly AnalysisDraft[]): AnalysisDraft[] {
  return [...new Map(drafts.map((d) => [d.id, d])).values()];
}

/**
 * Learns from the analyses a chunk is about to write, in its transaction (over `learningTables`), and
 * gives back the learned actors' mentions in them, by analysis, to be written with them.
 */
export type ChunkTeacher = (changed: readonly IndexedAnalysis[]) => Promise<Map<string, LearnedMention[]>>;

/**
 * Writes one prepared chunk in one transaction with its journal entries. Unchanged analyses are not
 * touched (a second import of the same file writes nothing); changed ones keep the date they first
 * entered the database. With `teach`, what the changed ones teach is learned in the same transaction
 * and their learned mentions are written with them.
 */
export async function writeAnalyses(
  db: BackstoryDB,
  importId: string,
  prepared: readonly PreparedAnalysis[],
  stored: StoredIds,
  teach?: ChunkTeacher,
): Promise<ChunkCounts> {
  const tables = teach
    ? learningTables(db)
    : [db.analyses, db.mentionBlocks, db.searchBlocks, db.searchTerms, db.importJournal];
  return db.transaction('rw', tables, async () => {
    const known = prepared.map((p) => p.draft.id).filter((id) => stored.has(id));
    const byId = new Map((await db.analyses.bulkGet(known)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
    const counts: ChunkCounts = { added: 0, updated: 0, unchanged: 0, written: [] };
    const added: string[] = [];
    let changed: IndexedAnalysis[] = [];
    const replacedOld: Analysis[] = [];
    prepared.forEach((item) => {
      const old = byId.get(item.draft.id);
      if (old && sameContent(old, item.draft)) {
        counts.unchanged += 1;
        return;
      }
      const analysis =
        old && item.draft.addedAt === undefined ? { ...item.analysis, addedAt: old.addedAt } : item.analysis;
      changed.push({ ...item, analysis });
      if (old) replacedOld.push(old);
      else added.push(item.draft.id);
    });
    counts.added = added.length;
    counts.written = changed.map((c) => c.analysis.id);
    counts.updated = replacedOld.length;
    // The replaced analyses' mention sets and search words stay in earlier blocks: deleting the
    // blocks added here brings them back.
    const replaced: ReplacedAnalysis[] = replacedOld.map((analysis) => ({ analysis }));
    if (teach) {
      const learned = await teach(changed);
      changed = changed.map((item) => withMentions(item, learned.get(item.analysis.id) ?? []));
    }
    const keys = await storeAnalyses(db, changed);
    for (const id of added) stored.add(id);
    const wrote = Object.fromEntries(keys.analyses.map((row) => [row.id, fingerprint(row)]));
    await journal(db, importId, 'analyses', added, replaced, wrote);
    await journal(db, importId, 'mentionBlocks', keys.mentionBlocks, []);
    await journal(db, importId, 'searchBlocks', keys.searchBlocks, []);
    await journal(db, importId, 'searchTerms', keys.searchTerms, []);
    return counts;
  });
}

/**
 * Writes a chunk of rows to a plain table (actors, topics, notes, settings) with its journal entry.
 * `merge` joins an incoming row with the one stored under its key (settings); without it the incoming
 * row replaces it. Returns how many were new.
 */
export async function writeRows<T extends object, TInsert>(
  db: BackstoryDB,
  table: Table<T, string, TInsert>,
  keyOf: (row: T) => string,
  importId: string,
  incoming: readonly T[],
  merge?: (stored: T, row: T) => T,
): Promise<number> {
  return db.transaction('rw', [table, db.importJournal], async () => {
    const rows = merge ? mergeByKey(incoming, keyOf, merge) : incoming;
    const keys = rows.map(keyOf);
    const stored = await table.bulkGet(keys);
    const written = merge
      ? rows.map((row, i) => (stored[i] === undefined ? row : merge(stored[i], row)))
      : rows;
    const added = keys.filter((_, i) => stored[i] === undefined);
    const replaced = stored.filter(
      (row, i) => row !== undefined && JSON.stringify(row) !== JSON.stringify(written[i]),
    );
    // Every imported row is a whole record, so it is also a valid insert.
    await table.bulkPut(written as unknown as TInsert[]);
    // Read back: a table's hooks may add to a row as it is stored (`mine` on actors).
    const now = await table.bulkGet(keys);
    const wrote = Object.fromEntries(keys.map((key, i) => [key, fingerprint(now[i])]));
    await journal(db, importId, table.name, added, replaced, wrote);
    return new Set(added).size;
  });
}

/** One row per key, the rows of a key merged in file order. */
function mergeByKey<T>(rows: readonly T[], keyOf: (row: T) => string, merge: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const before = byKey.get(key);
    byKey.set(key, before === undefined ? row : merge(before, row));
  }
  return [...byKey.values()];
}
