/**
 * The search index as posting blocks: every write of analyses (an import chunk, a saved page) adds
 * one block, a row per distinct word holding the ids (and dates) of the analyses in that write that
 * have the word. A multi-entry index wrote ~150 index entries per analysis, most of the import's
 * time; a block writes one row per word for hundreds of analyses.
 *
 * Rows are only ever added, never rewritten: an updated or deleted analysis can still be listed
 * under words it no longer has, so readers check candidates against the stored text (see
 * `search.ts`). That also keeps undo simple: an import's rollback deletes the rows it added.
 */

/**
 * One word's postings in one block: analysis ids joined by NUL, and the publication time (epoch ms)
 * of each. One string and one typed array, because IndexedDB reads those back many times faster
 * than arrays of strings and numbers (a common word lists most of the library).
 */
export interface SearchTermRow {
  /** The word, then NUL, then the block id: a prefix range over keys finds a word being typed. */
  key: string;
  ids: string;
  times: Float64Array;
}

const SEPARATOR = '\u0000';

/** The ids and times of a row, in order. */
export function postingsOf(row: SearchTermRow): { ids: string[]; times: Float64Array } {
  return { ids: row.ids.split(SEPARATOR), times: row.times };
}
let sequence = 0;

/**
 * A new block id. Ids of later blocks sort later (time first), so when an analysis is listed twice
 * its newer date wins; the random part keeps two contexts writing in the same millisecond apart.
 */
export function newBlockId(now = Date.now()): string {
  sequence = (sequence + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${random}`;
}

/** The rows of one block for analyses with their words. */
export function termRows(
  blockId: string,
  analyses: readonly { id: string; publishedAt: string; words: readonly string[] }[],
): SearchTermRow[] {
  const byWord = new Map<string, { ids: string[]; times: number[] }>();
  for (const { id, publishedAt, words } of analyses) {
    const time = publishTime(publishedAt);
    for (const word of words) {
      let list = byWord.get(word);
      if (!list) {
        list = { ids: [], times: [] };
        byWord.set(word, list);
      }
      list.ids.push(id);
      list.times.push(time);
    }
  }
  return [...byWord].map(([word, list]) => ({
    key: `${word}${SEPARATOR}${blockId}`,
    ids: list.ids.join(SEPARATOR),
    times: Float64Array.from(list.times),
  }));
}

/**
 * The key range of a query word: words starting with it, or (for a word shorter than three letters,
 * which as a prefix would match most of the library) that word alone.
 */
export function termRange(word: string): [string, string] {
  return word.length < 3 ? [`${word}${SEPARATOR}`, `${word}\u0001`] : [word, `${word}\uffff`];
}

/** Epoch ms of a publication date; unparseable dates sort last. */
export function publishTime(publishedAt: string): number {
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
