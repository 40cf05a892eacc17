import type { AnalysisDraft } from '../db/analyses';
import type { ChunkIndexer } from '../db/chunk-indexer';
import type { BackstoryDB } from '../db/database';
import { commitImport, rollbackImport } from '../db/import-journal';
import { webLocks, whileImporting } from '../db/import-locks';
import { emptyReport, ImportRun } from '../db/import-run';
import { lastOfEachId } from '../db/import-writer';
import { adoptStoredTelegramIds } from '../db/telegram-identity';

/**
 * Writes a source's new items through the import pipeline (detection, search words, the undo
 * journal): all or nothing, and what is already in the library is left as it is, whoever wrote it
 * (a page the reader saved keeps its full text; an entry read again costs no write). Returns the
 * ids it added, which are then listed as the source's.
 */
export async function ingestDrafts(
  db: BackstoryDB,
  indexer: ChunkIndexer,
  sourceId: string,
  drafts: AnalysisDraft[],
  signal?: AbortSignal,
): Promise<string[]> {
  const unique = lastOfEachId(await adoptStoredTelegramIds(db, drafts));
  const stored = await db.analyses.bulkGet(unique.map((d) => d.id));
  const fresh = unique.filter((_, i) => stored[i] === undefined);
  if (fresh.length === 0) return [];
  const importId = crypto.randomUUID();
  // Through the import locks like every import: one at a time across the extension's contexts, and
  // no one rolls this journal back while it runs.
  return whileImporting(webLocks(), importId, async () => {
    const run = new ImportRun(db, indexer, importId, emptyReport('analyses-jsonl'), signal);
    try {
      for (const draft of fresh) await run.take({ kind: 'analysis', position: draft.id, draft });
      await run.flush();
      signal?.throwIfAborted();
      const ids = fresh.map((d) => d.id);
      // The source's list and the end of the journal land together.
      await db.transaction('rw', [db.sourceItems, db.importJournal], async () => {
        await db.sourceItems.bulkPut(ids.map((analysisId) => ({ analysisId, sourceId })));
        await commitImport(db, importId);
      });
      return ids;
    } catch (error) {
      await run.settle();
      await rollbackImport(db, importId);
      throw error;
    }
  });
}
