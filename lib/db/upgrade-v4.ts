import type { Transaction } from 'dexie';
import { pagesOf } from './frozen/v11-pages';
import { actorRows } from './frozen/v11-search-rows';
import type { Analysis, JournalRow } from './schema';

/** Analyses listed per step: bounded memory for a large library. */
const PAGE = 2000;

type Listed = Pick<Analysis, 'id' | 'publishedAt' | 'actorIds'>;

/**
 * Version 3 to 4: the `actorIds` index goes, and the search index lists every analysis under its
 * actors instead (see `actorTerm`), in new blocks that hold no words. The versions an import left
 * half-done replaced are listed too, so that its rollback brings back analyses findable by actor.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  for await (const page of pagesOf(tx.table<Analysis, string>('analyses'), PAGE)) await listActors(tx, page);
  const replaced: Listed[] = [];
  await tx
    .table<JournalRow, number>('importJournal')
    .toCollection()
    .each((entry) => {
      if (entry.table !== 'analyses') return;
      for (const { analysis } of entry.replaced as { analysis: Listed }[]) replaced.push(analysis);
    });
  if (replaced.length > 0) await listActors(tx, replaced);
}

/** Lists analyses that name actors under them, in a new block. */
async function listActors(tx: Transaction, analyses: readonly Listed[]): Promise<void> {
  const named = analyses.filter((a) => a.actorIds.length > 0);
  if (named.length === 0) return;
  const { block, terms } = actorRows(named);
  await tx.table('searchBlocks').put(block);
  await tx.table('searchTerms').bulkPut(terms);
}
