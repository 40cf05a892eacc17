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

/**
 * Writes one chunk of imported analyses in one transaction with its journal entry. Unchanged ones
 * are not touched (a second import of the same file writes nothing); changed ones keep the date
 * they first entered the database.
 */
export async function writeAnalyses(
  db: BackstoryDB,
  detector: Detector,
  importId: string,
  drafts: readonly AnalysisDraft[],
  now = Date.now(),
): Promise<ChunkCounts> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const ids = [...byId.keys()];
  return db.transaction('rw', [db.analyses, db.mentions, db.importJournal], async () => {
    const stored = await db.analyses.bulkGet(ids);
    const counts: ChunkCounts = { added: 0, updated: 0, unchanged: 0 };
    const added: string[] = [];
    const changed: Analysis[] = [];
    const rows: MentionRow[] = [];
    ids.forEach((id, i) => {
      const draft = byId.get(id) as AnalysisDraft;
      const old = stored[i];
      if (old && sameContent(old, draft)) {
        counts.unchanged += 1;
        return;
      }
      const indexed = indexAnalysis(detector, draft, old?.addedAt ?? now);
      changed.push(indexed.analysis);
      rows.push(...indexed.rows);
      if (old) counts.updated += 1;
      else added.push(id);
    });
    counts.added = added.length;
    const changedIds = new Set(changed.map((c) => c.id));
    const replacedOld = stored.filter((a): a is Analysis => a !== undefined && changedIds.has(a.id));
    const replaced: ReplacedAnalysis[] = [];
    if (replacedOld.length > 0) {
      const oldRows = await db.mentions
        .where('analysisId')
        .anyOf(replacedOld.map((a) => a.id))
        .toArray();
      for (const analysis of replacedOld) {
        replaced.push({
          analysis: stripWords(analysis),
          mentions: oldRows.filter((m) => m.analysisId === analysis.id),
        });
      }
      await db.mentions
        .where('analysisId')
        .anyOf(replacedOld.map((a) => a.id))
        .delete();
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
