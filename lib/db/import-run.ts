import type { ImportRecord } from '../io/records';
import type { ImportFormat, ImportReport } from '../io/types';
import type { NameSighting } from '../learn/sightings';
import type { Actor, Note, Topic } from '../model';
import type { Source, SourceItem } from '../sources/model';
import { type AnalysisDraft, type DraftIndex, type IndexedAnalysis, indexedFrom } from './analyses';
import type { ChunkIndexer } from './chunk-indexer';
import type { BackstoryDB } from './database';
import { type ChunkCounts, lastOfEachId, type StoredIds, writeAnalyses, writeRows } from './import-writer';
import { type LearningContext, learningContext, learnWithin } from './learning';
import { allKnowledge, readerKnowledge } from './reader-knowledge';
import type { Setting } from './schema';
import { mergeRestoredSetting } from './setting-rules';
import { adoptStoredTelegramIds } from './telegram-identity';

/**
 * Records written per transaction: large enough to be fast (each chunk of analyses is one mention
 * block and one search block), small enough to keep memory flat (about 8 MB of text, and at most
 * two chunks in flight). In `bench:db`, 5,000 imported 30,000 analyses about 15% faster than 2,000;
 * 10,000 was no faster and doubled the heap.
 */
export const CHUNK = 5000;
const MAX_PROBLEMS = 200;

export function emptyReport(format: ImportFormat): ImportReport {
  return {
    format,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    skippedByReason: {},
    problems: [],
    actorsAdded: 0,
    notesAdded: 0,
  };
}

/** One import in progress: buffers records by kind and writes them a chunk at a time. */
export class ImportRun {
  handled = 0;
  /** Whether actors or topics were written since the indexer last learned them. */
  private knowledgeStale = true;
  private stored: Promise<StoredIds> | undefined;
  private analyses: AnalysisDraft[] = [];
  private actors: Actor[] = [];
  private topics: Topic[] = [];
  private notes: Note[] = [];
  private settings: Setting[] = [];
  private sources: Source[] = [];
  private sourceItems: SourceItem[] = [];
  /** The last chunk queued for writing; rejects if its indexing or any write before it failed. */
  private writing: Promise<void> = Promise.resolve();
  /** The chunk write under way, if any. */
  private inWrite: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** What learning knows of names, read once when the first chunk is written. */
  private learning: Promise<LearningContext> | undefined;

  constructor(
    private readonly db: BackstoryDB,
    private readonly indexer: ChunkIndexer,
    private readonly importId: string,
    readonly report: ImportReport,
    signal?: AbortSignal,
    private readonly onLearned?: (ms: number) => void,
  ) {
    this.aborted = new Promise((_, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    this.aborted.catch(() => undefined);
  }
  /** Rejects when the import is cancelled: waiting for a chunk gives way to it. */
  private readonly aborted: Promise<never>;

  async take(record: ImportRecord): Promise<void> {
    this.handled += 1;
    if (record.kind === 'skip') {
      const { report } = this;
      report.skipped += 1;
      report.skippedByReason[record.reason] = (report.skippedByReason[record.reason] ?? 0) + 1;
      if (record.problem && report.problems.length < MAX_PROBLEMS) {
        report.problems.push({
          position: record.position,
          reason: record.problem,
          ...(record.at ? { at: record.at } : {}),
          ...(record.why ? { why: record.why } : {}),
        });
      }
      return;
    }
    if (record.kind === 'analysis') this.analyses.push(record.draft);
    else if (record.kind === 'actor') this.actors.push(record.actor);
    else if (record.kind === 'topic') this.topics.push(record.topic);
    else if (record.kind === 'note') this.notes.push(record.note);
    else if (record.kind === 'source') {
      this.sources.push(record.source);
      this.sourceItems.push(...record.items);
    } else this.settings.push(record.setting);
    if (this.analyses.length >= CHUNK) await this.flushAnalyses();
    else if (this.others() >= CHUNK) {
      await this.flushOthers();
    }
  }

  async flush(): Promise<void> {
    await this.flushAnalyses();
    await this.flushOthers();
    await Promise.race([this.writing, this.aborted]);
  }

  /**
   * Stops the run: chunks not yet being written never will be (their indexing may still be under
   * way, or never end if the worker died), and the write in flight, if any, is waited for, whatever
   * its outcome, so that a rollback comes after it.
   */
  async settle(): Promise<void> {
    this.stopped = true;
    await this.inWrite.catch(() => undefined);
  }

  private others(): number {
    const { actors, topics, notes, settings, sources, sourceItems } = this;
    return (
      actors.length + topics.length + notes.length + settings.length + sources.length + sourceItems.length
    );
  }

  /** Actors and topics go in before the analyses that follow them are indexed. */
  private async flushOthers(): Promise<void> {
    const { db, importId } = this;
    if (this.actors.length + this.topics.length > 0) this.knowledgeStale = true;
    this.report.actorsAdded += await writeRows(db, db.actors, (a) => a.id, importId, this.actors.splice(0));
    await writeRows(db, db.topics, (t) => t.id, importId, this.topics.splice(0));
    this.report.notesAdded += await writeRows(db, db.notes, (n) => n.id, importId, this.notes.splice(0));
    await writeRows(
      db,
      db.settings,
      (s) => s.key,
      importId,
      this.settings.splice(0),
      (stored, restored) => ({
        key: restored.key,
        value: mergeRestoredSetting(restored.key, stored.value, restored.value),
      }),
    );
    // A source already subscribed here keeps its own state and schedule: the backup's copy is older.
    const keep = <T>(stored: T) => stored;
    const sources = this.sources.splice(0);
    const added = await writeRows(db, db.sources, (s) => s.id, importId, sources, keep);
    if (sources.length > 0) this.report.sourcesAdded = (this.report.sourcesAdded ?? 0) + added;
    await writeRows(db, db.sourceItems, (i) => i.analysisId, importId, this.sourceItems.splice(0), keep);
  }

  /**
   * Hands the buffered analyses to the indexer and queues their write behind the previous chunk's.
   * Returns once the previous chunk is written, so at most two chunks are in flight (one being
   * indexed, one being written) while the next is parsed: memory stays flat.
   */
  private async flushAnalyses(): Promise<void> {
    await this.flushOthers();
    if (this.analyses.length === 0) return;
    const { db, indexer, importId } = this;
    if (this.knowledgeStale) {
      indexer.setKnowledge(indexer.packaged ? await readerKnowledge(db) : await allKnowledge(db));
      this.knowledgeStale = false;
    }
    this.stored ??= db.analyses
      .toCollection()
      .primaryKeys()
      .then((ids) => new Set(ids));
    const drafts = lastOfEachId(await adoptStoredTelegramIds(db, this.analyses.splice(0)));
    const now = Date.now();
    const indexing = indexer.index(drafts);
    const previous = this.writing;
    this.writing = (async () => {
      const indexes = await indexing;
      await previous;
      const prepared = drafts.map((draft, i) => ({
        draft,
        ...indexedFrom(draft, indexes[i] as DraftIndex, now),
      }));
      const stored = await (this.stored as Promise<StoredIds>);
      this.learning ??= learningContext(db);
      const context = await this.learning;
      if (this.stopped) return;
      const names = new Map(drafts.map((d, i) => [d.id, indexes[i]?.names ?? []]));
      const write = writeAnalyses(db, importId, prepared, stored, (changed) =>
        this.teach(changed, names, context),
      );
      this.inWrite = write;
      this.count(await write);
    })();
    // Observed by the next flush or by `flush`; marked handled so a failure is not also reported as unhandled.
    this.writing.catch(() => undefined);
    await Promise.race([previous, this.aborted]);
  }

  /**
   * Learns actors from the names of the chunk's changed analyses (issue 12), in the chunk's
   * transaction: only what is written teaches (an unchanged analysis taught what it could the first
   * time), and the mentions learned in the chunk are written with it. What it learns, the next
   * chunks detect.
   */
  private async teach(
    changed: readonly IndexedAnalysis[],
    names: ReadonlyMap<string, NameSighting[]>,
    context: LearningContext,
  ) {
    const start = performance.now();
    const { learned, handed } = await learnWithin(
      this.db,
      changed.map(({ analysis }) => ({ analysis, names: names.get(analysis.id) ?? [] })),
      context,
      this.importId,
      new Set(changed.map((c) => c.analysis.id)),
    );
    if (learned.actors.length > 0) this.knowledgeStale = true;
    this.report.actorsLearned = (this.report.actorsLearned ?? 0) + learned.added;
    this.onLearned?.(performance.now() - start);
    return handed;
  }

  private count(counts: ChunkCounts): void {
    this.report.added += counts.added;
    this.report.updated += counts.updated;
    this.report.unchanged += counts.unchanged;
  }
}
