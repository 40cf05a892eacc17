import type { Transaction } from 'dexie';
import { analysisWords } from './frozen/v11-search-words';
import type { Analysis } from './schema';

/**
 * Version 1 to 2: every analysis gets its search `words`, for the multi-entry index version 2 added.
 * Version 3 replaces them by search blocks (upgrade-v3.ts), so they only live until then.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('analyses')
    .toCollection()
    .modify((analysis: Analysis & { words?: string[] }) => {
      analysis.words = analysisWords(analysis);
    });
}
