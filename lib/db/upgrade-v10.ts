import type { Transaction } from 'dexie';
import { pagesOf } from './frozen/v11-pages';
import { newBlockId, searchRows } from './frozen/v11-search-rows';
import { analysisWords } from './frozen/v11-search-words';
import type { Analysis } from './schema';

/** Analyses indexed per step: bounded memory for a large library. */
const PAGE = 1000;

/**
 * Version 9 to 10: search words are folded as the detector folds them (ı ł ß … spelled plainly,
 * Arabic and Persian letter variants one, issue 14), Chinese is listed by pairs of characters and an
 * Arabic word without its article (issue 13). Every analysis is listed again under its words as version
 * 10 folds them, in new posting blocks; the old blocks stay, which is harmless (search checks each
 * candidate against its text, see search-terms.ts) and keeps an import's rollback simple. Nothing else
 * is touched: analyses, notes, actors and settings stay as they are.
 *
 * Like every upgrade it uses its frozen copy of the words as version 10 listed them (frozen/, house
 * style, rule 14), never today's `analysisWords`: a later change to the words ships with an upgrade of
 * its own that lists the library again.
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
