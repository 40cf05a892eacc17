import type { Transaction } from 'dexie';
import type { Analysis } from '../model';
import { pagesOf } from './pages';
import { newBlockId, searchRows } from './search-terms';
import { analysisWords } from './search-words';

/** Analyses indexed per step: bounded memory for a large library. */
const PAGE = 1000;

/**
 * Version 9 to 10: search words are folded as the detector folds them (ı ł ß … spelled plainly,
 * Arabic and Persian letter variants one, issue 14), Chinese is listed by pairs of characters and an
 * Arabic word without its article (issue 13). Every analysis is listed again under its words as they
 * are folded now, in new posting blocks; the old blocks stay, which is harmless (search checks each
 * candidate against its text, see search-terms.ts) and keeps an import's rollback simple. Nothing else
 * is touched: analyses, notes, actors and settings stay as they are.
 *
 * It uses the live `analysisWords` on purpose, unlike the other upgrades: what it means is "list every
 * analysis under the words search looks for now", so a library that jumps several versions at once is
 * indexed once, with the newest rules.
 */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  const analyses = tx.table<Analysis, string>('analyses');
  for await (const page of pagesOf(analyses, PAGE)) {
    const { block, terms } = searchRows(
      newBlockId(),
      page.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt, words: analysisWords(a) })),
    );
    await tx.table('searchBlocks').put(block);
    await tx.table('searchTerms').bulkPut(terms);
  }
}
