import type { Table } from 'dexie';
import type { Detector } from '../detect/types';
import { type IndexedText, indexDetection } from '../index-detection';
import { type NameSighting, namesIn } from '../learn/sightings';
import type { Analysis, Mention } from '../model';
import type { BackstoryDB } from './database';
import { mentionSetOf } from './mention-sets';
import type { MentionBlock, MentionSet } from './schema';
import { actorTerm, newBlockId, searchRows } from './search-terms';
import { analysisWords } from './search-words';

export type AnalysisDraft = Omit<Analysis, 'actorIds' | 'topicIds' | 'addedAt'> & { addedAt?: number };

/** An analysis with what is derived from it: its mention set and its search words. */
export interface IndexedAnalysis {
  analysis: Analysis;
  mentionSet: MentionSet;
  words: string[];
}

/** What is derived from a draft's text: its detection folded into index rows, and its search words. */
export interface DraftIndex extends IndexedText {
  words: string[];
  /** Names the knowledge base does not hold, to learn actors from (lib/learn). */
  names: NameSighting[];
}

/** Detects a draft's actors and topics and takes its search words. Pure CPU: imports run it in a worker. */
export function draftIndex(detector: Detector, draft: AnalysisDraft): DraftIndex {
  const heading = `${draft.title}\n\n`;
  const text = heading + draft.text;
  const detection = detector.detect(text);
  const indexed = indexDetection(detection, heading.length);
  return { ...indexed, words: analysisWords(draft), names: namesIn(detection, text, heading.length) };
}

/** A draft with its index: the analysis record, its mention set and its search words. */
export function indexedFrom(draft: AnalysisDraft, index: DraftIndex, addedAt: number): IndexedAnalysis {
  const { mentions, actorIds, topicIds, words, lang } = index;
  const analysis: Analysis = {
    ...draft,
    addedAt: draft.addedAt ?? addedAt,
    actorIds,
    topicIds,
    ...(lang ? { lang } : {}),
  };
  return { analysis, mentionSet: mentionSetOf(analysis, mentions), words };
}

/**
 * An indexed analysis with more mentions (learned actors' found by learning, issue 12): the actors
 * join the analysis, its mention set and so its search listing. Mentions of actors it has are left.
 */
export function withMentions(
  indexed: IndexedAnalysis,
  mentions: readonly Omit<Mention, 'analysisId'>[],
): IndexedAnalysis {
  const set = indexed.mentionSet;
  const have = new Set(set.actorIds);
  const fresh = mentions.filter((m) => !have.has(m.actorId) && have.add(m.actorId));
  if (fresh.length === 0) return indexed;
  const { analysis } = indexed;
  const actorIds = [...new Set([...analysis.actorIds, ...fresh.map((m) => m.actorId)])];
  return {
    ...indexed,
    analysis: { ...analysis, actorIds },
    mentionSet: {
      ...set,
      actorIds: [...set.actorIds, ...fresh.map((m) => m.actorId)],
      counts: [...set.counts, ...fresh.map((m) => m.count)],
      firstOffsets: [...set.firstOffsets, ...fresh.map((m) => m.firstOffset)],
      firstLengths: [...set.firstLengths, ...fresh.map((m) => m.firstLength)],
    },
  };
}

/**
 * The rows that store indexed analyses: the records, one mention block and one search block, which
 * lists each analysis under its words and its actors.
 */
export function analysisRows(indexed: readonly IndexedAnalysis[], blockId = newBlockId()) {
  return {
    analyses: indexed.map((i) => i.analysis),
    mentionBlock: { key: blockId, sets: indexed.map((i) => i.mentionSet) } satisfies MentionBlock,
    search: searchRows(
      blockId,
      indexed.map(({ analysis: { id, title, publishedAt, actorIds }, words }) => ({
        id,
        title,
        publishedAt,
        words: [...words, ...actorIds.map(actorTerm)],
      })),
    ),
  };
}

/** The analysis rows `storeAnalyses` put, and the keys of the rows it added besides them, by table. */
export interface StoredKeys {
  analyses: readonly Analysis[];
  mentionBlocks: string[];
  searchBlocks: string[];
  searchTerms: string[];
}

/**
 * Writes indexed analyses with their mention block and search block, replacing earlier versions of
 * the same ids. Call inside a transaction over analyses, mentionBlocks, searchBlocks and searchTerms.
 */
export async function storeAnalyses(
  db: BackstoryDB,
  indexed: readonly IndexedAnalysis[],
): Promise<StoredKeys> {
  if (indexed.length === 0) return { analyses: [], mentionBlocks: [], searchBlocks: [], searchTerms: [] };
  const rows = analysisRows(indexed);
  await Promise.all([
    putInSlices(db.analyses, rows.analyses),
    db.mentionBlocks.put(rows.mentionBlock),
    db.searchBlocks.put(rows.search.block),
    db.searchTerms.bulkPut(rows.search.terms),
  ]);
  return {
    analyses: rows.analyses,
    mentionBlocks: [rows.mentionBlock.key],
    searchBlocks: [rows.search.block.key],
    searchTerms: rows.search.terms.map((t) => t.key),
  };
}

/**
 * Analyses put per request. The browser copies each analysis twice in the page's thread when it is
 * put (about 0.2 ms for 1,500 characters, measured in Chromium): a chunk of 5,000 in one `bulkPut`
 * was a 1-second task that froze the options page's progress bar.
 */
const PUT_SLICE = 200;

/** Puts rows a slice at a time, each after the last is done, so the thread is free in between. */
async function putInSlices<T>(table: Table<T, string>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += PUT_SLICE) await table.bulkPut(rows.slice(i, i + PUT_SLICE));
}

/**
 * Detects the actors and topics of analyses and stores them with their mentions and search words,
 * replacing earlier versions of the same ids. All or nothing: one transaction for the whole batch.
 */
export async function putAnalyses(db: BackstoryDB, detector: Detector, drafts: readonly AnalysisDraft[]) {
  return (await putAnalysesNamed(db, detector, drafts)).map((i) => i.analysis);
}

/** `putAnalyses`, with the names each analysis uses that the knowledge base does not hold. */
export async function putAnalysesNamed(
  db: BackstoryDB,
  detector: Detector,
  drafts: readonly AnalysisDraft[],
): Promise<{ analysis: Analysis; names: NameSighting[] }[]> {
  const now = Date.now();
  const indexes = drafts.map((draft) => draftIndex(detector, draft));
  const indexed = drafts.map((draft, i) => indexedFrom(draft, indexes[i] as DraftIndex, now));
  await db.transaction('rw', [db.analyses, db.mentionBlocks, db.searchBlocks, db.searchTerms], () =>
    storeAnalyses(db, indexed),
  );
  return indexed.map((i, n) => ({ analysis: i.analysis, names: indexes[n]?.names ?? [] }));
}
