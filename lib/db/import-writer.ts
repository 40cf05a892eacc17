import type { Table } from 'dexie';
import type { Detector } from '../detect/types';
import { indexDetection } from '../index-detection';
import type { Analysis } from '../model';
import type { AnalysisDraft } from './analyses';
import { type BackstoryDB, type MentionRow, mentionKey } from './database';
import { journal, type ReplacedAnalysis } from './import-journal';

/** What one chunk did to the analyses. */
export interface ChunkCounts {
  added: number;
  updated: number;
  unchanged: number;
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

/** Detects a draft's actors and topics: the analysis to store and its mention rows. */
export function indexAnalysis(detector: Detector, draft: AnalysisDraft, addedAt: number) {
  const heading = `${draft.title}\n\n`;
  const { mentions, actorIds, topicIds } = indexDetection(
    detector.detect(heading + draft.text),
    heading.length,
  );
  const analysis: Analysis = { ...draft, addedAt: draft.addedAt ?? addedAt, actorIds, topicIds };
  const rows: MentionRow[] = mentions.map((m) => ({
    ...m,
    analysisId: draft.id,
    key: mentionKey(draft.id, m.actorId),
  }));
  return { analysis, rows };
}

/** A draft with its detection done: ready to be compared with what is stored and written. */
export interface PreparedAnalysis {
  draft: AnalysisDraft;
  analysis: Analysis;
  rows: MentionRow[];
}

/**
 * Detects a chunk of drafts (the last of the same id wins). Pure CPU and outside any transaction, so
 * it can run while the previous chunk is being written.
 */
export function prepareAnalyses(
  detector: Detector,
  drafts: readonly AnalysisDraft[],
  now = Date.now(),
): PreparedAnalysis[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return [...byId.values()].map((draft) => ({ draft, ...indexAnalysis(detector, draft, now) }));
}

/**
 * Writes one prepared chunk in one transaction with its journal entry. Unchanged analyses are not
 * touched (a second import of the same file writes nothing); changed ones keep the date they first
 * entered the database.
 */
export async function writeAnalyses(
  db: BackstoryDB,
  importId: string,
  prepared: readonly PreparedAnalysis[],
): Promise<ChunkCounts> {
  return db.transaction('rw', [db.analyses, db.mentions, db.importJournal], async () => {
    const stored = await db.analyses.bulkGet(prepared.map((p) => p.draft.id));
    const counts: ChunkCounts = { added: 0, updated: 0, unchanged: 0 };
    const added: string[] = [];
    const changed: Analysis[] = [];
    const rows: MentionRow[] = [];
    const replacedOld: Analysis[] = [];
    prepared.forEach(({ draft, analysis, rows: own }, i) => {
      const old = stored[i];
      if (old && sameContent(old, draft)) {
        counts.unchanged += 1;
        return;
      }
      changed.push(old && draft.addedAt === undefined ? { ...analysis, addedAt: old.addedAt } : analysis);
      rows.push(...own);
      if (old) replacedOld.push(old);
      else added.push(draft.id);
    });
    counts.added = added.length;
    counts.updated = replacedOld.length;
    const replaced: ReplacedAnalysis[] = [];
    if (replacedOld.length > 0) {
      const oldIds = replacedOld.map((a) => a.id);
      const oldRows = await db.mentions.where('analysisId').anyOf(oldIds).toArray();
      for (const analysis of replacedOld) {
        replaced.push({
          analysis: stripWords(analysis),
          mentions: oldRows.filter((m) => m.analysisId === analysis.id),
        });
      }
      await db.mentions.where('analysisId').anyOf(oldIds).delete();
    }
    await db.analyses.bulkPut(changed);
    await db.mentions.bulkPut(rows);
    await journal(db, importId, 'analyses', added, replaced);
    return counts;
  });
}

/** The search words are derived on write: the journal keeps the record without them. */
function stripWords(analysis: Analysis): Analysis {
  const { words: _, ...rest } = analysis as Analysis & { words?: unknown };
  return rest;
}

/**
 * Writes a chunk of rows to a plain table (actors, topics, notes, settings) with its journal entry.
 * Returns how many were new.
 */
export async function writeRows<T extends object, TInsert>(
  db: BackstoryDB,
  table: Table<T, string, TInsert>,
  keyOf: (row: T) => string,
  importId: string,
  rows: readonly T[],
): Promise<number> {
  return db.transaction('rw', [table, db.importJournal], async () => {
    const keys = rows.map(keyOf);
    const stored = await table.bulkGet(keys);
    const added = keys.filter((_, i) => stored[i] === undefined);
    const replaced = stored.filter(
      (row, i) => row !== undefined && JSON.stringify(row) !== JSON.stringify(rows[i]),
    );
    // Every imported row is a whole record, so it is also a valid insert.
    await table.bulkPut(rows as unknown as TInsert[]);
    await journal(db, importId, table.name, added, replaced);
    return new Set(added).size;
  });
}
