import type { BackstoryDB } from './database';
import type { SearchBlock } from './schema';
import { blockIds, blockTitles, termKeyParts, termRange } from './search-terms';
import { perDatabase } from './table-cache';

/** Every search block's analyses end to end: block `key` starts at `offsets.get(key)`. */
interface Catalog {
  offsets: Map<string, number>;
  ids: string[];
  titles: string[];
  times: Float64Array;
}

/** An analysis search found, as the index knows it. */
export interface Match {
  id: string;
  title: string;
}

/** Blocks read per request. */
const PAGE = 50;
/** Query words looked up at most: marks count matched words in a byte. */
export const MAX_QUERY_WORDS = 12;

/**
 * The analyses listed under a word starting with each of `words` (see `termRange`), newest first,
 * at most `count`, each once. Stale listings are possible (see search-terms.ts).
 */
export async function matchingAnalyses(
  db: BackstoryDB,
  words: readonly string[],
  count: number,
): Promise<Match[]> {
  const asked = words.slice(0, MAX_QUERY_WORDS);
  if (asked.length === 0) return [];
  const [catalog, ...rowsPerWord] = await Promise.all([
    catalogOf(db),
    ...asked.map((word) => {
      const [lower, upper] = termRange(word);
      return db.searchTerms.where(':id').between(lower, upper, true, false).toArray();
    }),
  ]);
  // marks[g] counts the query words matched so far by entry g of the catalog.
  const marks = new Uint8Array(catalog.ids.length);
  rowsPerWord.forEach((rows, i) => {
    for (const row of rows) {
      const offset = catalog.offsets.get(termKeyParts(row.key).blockId);
      if (offset === undefined) continue;
      const { docs } = row;
      for (let j = 0; j < docs.length; j++) {
        const g = offset + (docs[j] as number);
        if (marks[g] === i) marks[g] = i + 1;
      }
    }
  });
  const found: number[] = [];
  for (let g = 0; g < marks.length; g++) if (marks[g] === asked.length) found.push(g);
  return newest(found, catalog, count);
}

/** The newest `count` entries, newest first, each analysis once (its newest listing wins). */
function newest(entries: number[], catalog: Catalog, count: number): Match[] {
  const { times, ids, titles } = catalog;
  if (entries.length > count * 2) {
    // The bound of the newest `count * 2` (room for repeats), from a numeric sort of a typed copy.
    const sorted = Float64Array.from(entries, (g) => times[g] as number).sort();
    const bound = sorted[sorted.length - count * 2] as number;
    entries = entries.filter((g) => (times[g] as number) >= bound);
  }
  entries.sort((a, b) => (times[b] as number) - (times[a] as number) || b - a);
  const seen = new Map<string, Match>();
  for (const g of entries) {
    const id = ids[g] as string;
    if (!seen.has(id)) seen.set(id, { id, title: titles[g] ?? '' });
    if (seen.size === count) break;
  }
  return [...seen.values()];
}

/** The database's catalog, read on first use and again after any change to the search blocks. */
const catalogOf = perDatabase(['searchBlocks'], (db: BackstoryDB) => readCatalog(db));

async function readCatalog(db: BackstoryDB): Promise<Catalog> {
  const offsets = new Map<string, number>();
  const ids: string[] = [];
  const titles: string[] = [];
  const times: Float64Array[] = [];
  let last: string | undefined;
  for (;;) {
    const range =
      last === undefined ? db.searchBlocks.toCollection() : db.searchBlocks.where(':id').above(last);
    const page: SearchBlock[] = await range.limit(PAGE).toArray();
    if (page.length === 0) break;
    last = page[page.length - 1]?.key;
    for (const block of page) {
      offsets.set(block.key, ids.length);
      for (const id of blockIds(block)) ids.push(id);
      for (const title of blockTitles(block)) titles.push(title);
      times.push(block.times);
    }
  }
  const all = new Float64Array(ids.length);
  let at = 0;
  for (const part of times) {
    all.set(part, at);
    at += part.length;
  }
  return { offsets, ids, titles, times: all };
}
