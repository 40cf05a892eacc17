import type { Detector } from '../detect/types';
import { indexDetection } from '../index-detection';
import type { Analysis } from '../model';
import type { BackstoryDB } from './database';
import { type MentionBlock, type MentionSet, mentionSetOf } from './mention-sets';
import { newBlockId, searchRows } from './search-terms';
import { analysisWords } from './search-words';

export type AnalysisDraft = Omit<Analysis, 'actorIds' | 'topicIds' | 'addedAt'> & { addedAt?: number };

/** An analysis with what is derived from it: its mention set and its search words. */
export interface IndexedAnalysis {
  analysis: Analysis;
  mentionSet: MentionSet;
  words: string[];
}

/** Detects a draft's actors and topics and takes its search words. Pure CPU. */
export function indexAnalysis(detector: Detector, draft: AnalysisDraft, addedAt: number): IndexedAnalysis {
  const heading = `${draft.title}\n\n`;
  const { mentions, actorIds, topicIds } = indexDetection(
    detector.detect(heading + draft.text),
    heading.length,
  );
  const analysis: Analysis = { ...draft, addedAt: draft.addedAt ?? addedAt, actorIds, topicIds };
  return { analysis, mentionSet: mentionSetOf(analysis, mentions), words: analysisWords(analysis) };
}

/** The rows that store indexed analyses: the records, one mention block and one search block. */
export function analysisRows(indexed: readonly IndexedAnalysis[], blockId = newBlockId()) {
  return {
    analyses: indexed.map((i) => i.analysis),
    mentionBlock: { key: blockId, sets: indexed.map((i) => i.mentionSet) } satisfies MentionBlock,
    search: searchRows(
      blockId,
      indexed.map(({ analysis: { id, title, publishedAt }, words }) => ({ id, title, publishedAt, words })),
    ),
  };
}

/** The keys of the rows `storeAnalyses` added besides the analyses themselves, by table. */
export interface StoredKeys {
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
  if (indexed.length === 0) return { mentionBlocks: [], searchBlocks: [], searchTerms: [] };
  const rows = analysisRows(indexed);
  await Promise.all([
    db.analyses.bulkPut(rows.analyses),
    db.mentionBlocks.put(rows.mentionBlock),
    db.searchBlocks.put(rows.search.block),
    db.searchTerms.bulkPut(rows.search.terms),
  ]);
  return {
    mentionBlocks: [rows.mentionBlock.key],
    searchBlocks: [rows.search.block.key],
    searchTerms: rows.search.terms.map((t) => t.key),
  };
}

/**
 * Detects the actors and topics of analyses and stores them with their mentions and search words,
 * replacing earlier versions of the same ids. All or nothing: one transaction for the whole batch.
 */
export async function putAnalyses(db: BackstoryDB, detector: Detector, drafts: readonly AnalysisDraft[]) {
  const now = Date.now();
  const indexed = drafts.map((draft) => indexAnalysis(detector, draft, now));
  await db.transaction('rw', [db.analyses, db.mentionBlocks, db.searchBlocks, db.searchTerms], () =>
    storeAnalyses(db, indexed),
  );
  return indexed.map((i) => i.analysis);
}
