import type { DetectorInput } from '../detect/detector-input';
import type { Detector } from '../detect/types';
import { backupRecords } from '../io/backup';
import { detectFormat } from '../io/detect-format';
import { UnreadableFileError } from '../io/json-stream';
import { jsonlRecords } from '../io/jsonl';
import type { RecordBatch } from '../io/records';
import { telegramRecords } from '../io/telegram';
import type { ImportFormat, ImportOptions, ImportReport } from '../io/types';
import { type ChunkIndexer, threadIndexer } from './chunk-indexer';
import type { BackstoryDB } from './database';
import { commitImport, rollbackAbandonedImports, rollbackImport } from './import-journal';
import { webLocks, whileImporting } from './import-locks';
import { emptyReport, ImportRun } from './import-run';

export { CHUNK } from './import-run';

/**
 * Imports a Telegram export, a Backstory backup or JSON Lines of analyses, recognised from the
 * content. The file is streamed and written in chunks, each with an undo journal: if the import
 * fails or `options.signal` aborts it, everything it wrote is rolled back and the promise rejects
 * (with the abort reason, or an error whose message is meant for the reader). Invalid records do
 * not fail the import: they are skipped and listed in the report. Imports run one at a time across
 * tabs (`import-locks.ts`): one asked for while another runs reports the phase 'waiting' first. `indexing` detects actors and
 * topics: a `ChunkIndexer` (the options page's runs in a worker) or a detector factory, run here.
 */
export async function importFile(
  db: BackstoryDB,
  indexing: ChunkIndexer | ((input: DetectorInput) => Detector),
  file: Blob,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const format = await detectFormat(file);
  if (format === null) {
    throw new UnreadableFileError(
      'This file is not a Telegram export (result.json), a Backstory backup or JSON Lines of analyses.',
    );
  }
  const locks = options.locks ?? webLocks();
  const importId = crypto.randomUUID();
  const onWait = () =>
    options.onProgress?.({ phase: 'waiting', done: 0, bytesRead: 0, bytesTotal: file.size });
  return whileImporting(
    locks,
    importId,
    async () => {
      await rollbackAbandonedImports(db, locks);
      return run(db, indexing, file, format, importId, options);
    },
    { signal: options.signal, onWait },
  );
}

/** The import itself, once it holds the import locks. */
async function run(
  db: BackstoryDB,
  indexing: ChunkIndexer | ((input: DetectorInput) => Detector),
  file: Blob,
  format: ImportFormat,
  importId: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const indexer = typeof indexing === 'function' ? threadIndexer(indexing) : indexing;
  const run = new ImportRun(db, indexer, importId, emptyReport(format), options.signal, options.onLearned);
  try {
    for await (const batch of recordsOf(format, file, options)) {
      options.signal?.throwIfAborted();
      for (const record of batch.records) await run.take(record);
      options.onProgress?.({
        phase: 'writing',
        done: run.handled,
        bytesRead: batch.bytesRead,
        bytesTotal: batch.bytesTotal,
      });
    }
    await run.flush();
    options.signal?.throwIfAborted();
    await commitImport(db, importId);
  } catch (error) {
    await run.settle();
    await rollbackImport(db, importId);
    throw error;
  }
  options.onProgress?.({
    phase: 'done',
    done: run.handled,
    total: run.handled,
    bytesRead: file.size,
    bytesTotal: file.size,
  });
  return run.report;
}

function recordsOf(format: ImportFormat, file: Blob, options: ImportOptions): AsyncGenerator<RecordBatch> {
  if (format === 'telegram') return telegramRecords(file, options);
  if (format === 'backstory-backup') return backupRecords(file, options.signal);
  return jsonlRecords(file, options.signal);
}
