import type { Transaction } from 'dexie';
import { pagesOf } from './frozen/v11-pages';
import { newBlockId, searchRows } from './frozen/v11-search-rows';
import { analysisWords } from './frozen/v11-search-words';
import type { Analysis, JournalRow, Mention, MentionBlock, MentionRow, MentionSet } from './schema';

/** Analyses converted per step: bounded memory for a large library. */
const PAGE = 1000;

/** An analysis with the mention set and search words version 3 stores for it. */
interface Indexed {
  analysis: Analysis;
  mentionSet: MentionSet;
  words: string[];
}

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
    const blockId = newBlockId();
    await analyses.bulkPut(indexed.map((i) => i.analysis));
    await tx
      .table('mentionBlocks')
      .put({ key: blockId, sets: indexed.map((i) => i.mentionSet) } satisfies MentionBlock);
    await putSearchRows(tx, blockId, indexed);
  }
  // The postings above are of the analyses as they are now: a rollback puts back older versions,
  // whose words must be findable too (extra postings are harmless, see search-terms.ts).
  const replacedVersions: Indexed[] = [];
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
  if (replacedVersions.length > 0) await putSearchRows(tx, newBlockId(), replacedVersions);
}

/** How version 2 journalled an analysis an import replaced. */
interface OldReplaced {
  analysis: Analysis & { words?: unknown };
  mentions?: MentionRow[];
}

/** Lists analyses under their words (not yet their actors: version 4 adds those) in one block. */
async function putSearchRows(tx: Transaction, blockId: string, indexed: readonly Indexed[]): Promise<void> {
  const { block, terms } = searchRows(
    blockId,
    indexed.map(({ analysis: { id, title, publishedAt }, words }) => ({ id, title, publishedAt, words })),
  );
  await tx.table('searchBlocks').put(block);
  await tx.table('searchTerms').bulkPut(terms);
}

/** `mentionSetOf` (mention-sets.ts) as of version 11: a frozen copy (house style, rule 14). */
function mentionSetOf(
  analysis: Pick<Analysis, 'id' | 'publishedAt' | 'topicIds'>,
  mentions: readonly Omit<Mention, 'analysisId'>[],
): MentionSet {
  return {
    analysisId: analysis.id,
    publishedAt: analysis.publishedAt,
    topicIds: [...analysis.topicIds],
    actorIds: mentions.map((m) => m.actorId),
    counts: mentions.map((m) => m.count),
    firstOffsets: mentions.map((m) => m.firstOffset),
    firstLengths: mentions.map((m) => m.firstLength),
  };
}
