import type { Transaction } from 'dexie';
import type { Analysis } from '../model';
import { analysisRows, type IndexedAnalysis } from './analyses';
import type { JournalRow, MentionRow } from './database';
import { mentionSetOf } from './mention-sets';
import { pagesOf } from './pages';
import { analysisWords } from './search-words';

/** Analyses converted per step: bounded memory for a large library. */
const PAGE = 1000;

/**
 * Version 2 to 3: each analysis loses its stored `words` and gets a mention set (from its mention
 * rows, which go) in a mention block, and search postings; journal entries of an import left
 * half-done keep the mention set of what they replaced, so its rollback still restores it exactly.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const analyses = tx.table<Analysis & { words?: unknown }, string>('analyses');
  const mentions = tx.table<MentionRow, string>('mentions');
  for await (const page of pagesOf(analyses, PAGE)) {
    const ids = page.map((a) => a.id);
    const own = new Map<string, MentionRow[]>();
    for (const row of await mentions.where('analysisId').anyOf(ids).toArray()) {
      own.set(row.analysisId, [...(own.get(row.analysisId) ?? []), row]);
    }
    const indexed = page.map(({ words: _, ...analysis }) => ({
      analysis,
      mentionSet: mentionSetOf(analysis, own.get(analysis.id) ?? []),
      words: analysisWords(analysis),
    }));
    const stored = analysisRows(indexed, undefined, false);
    await analyses.bulkPut(stored.analyses);
    await tx.table('mentionBlocks').put(stored.mentionBlock);
    await tx.table('searchBlocks').put(stored.search.block);
    await tx.table('searchTerms').bulkPut(stored.search.terms);
  }
  // The postings above are of the analyses as they are now: a rollback puts back older versions,
  // whose words must be findable too (extra postings are harmless, see search-terms.ts).
  const replacedVersions: IndexedAnalysis[] = [];
  await tx
    .table<JournalRow, number>('importJournal')
    .toCollection()
    .modify((entry) => {
      if (entry.table !== 'analyses') return;
      const replaced = entry.replaced as OldReplaced[];
      entry.replaced = replaced.map(({ analysis: { words: _, ...analysis }, mentions: own = [] }) => {
        const mentionSet = mentionSetOf(analysis, own);
        replacedVersions.push({ analysis, mentionSet, words: analysisWords(analysis) });
        return { analysis, mentionSet };
      });
    });
  if (replacedVersions.length > 0) {
    const { search } = analysisRows(replacedVersions, undefined, false);
    await tx.table('searchBlocks').put(search.block);
    await tx.table('searchTerms').bulkPut(search.terms);
  }
}

/** How version 2 journalled an analysis an import replaced. */
interface OldReplaced {
  analysis: Analysis & { words?: unknown };
  mentions?: MentionRow[];
}
