/**
 * The search index as posting blocks: every write of analyses (an import chunk, a saved page) adds
 * one block: a `searchBlocks` row listing its analyses (ids and dates), and a `searchTerms` row per
 * distinct word (and per actor named, see `actorTerm`) with the positions, in that list, of the
 * analyses that have the word. A
 * multi-entry index wrote ~150 index entries per analysis, most of the import's time; a block
 * writes one row per word for thousands of analyses, and a query reads typed arrays, not strings.
 *
 * Rows are only ever added, never rewritten: an updated or deleted analysis can still be listed
 * under words it no longer has, so readers check candidates against the stored text (see
 * `search.ts`). That also keeps undo simple: an import's rollback deletes the rows it added.
 */

import type { SearchBlock, SearchTermRow } from './schema';

const SEPARATOR = '\u0000';

/**
 * Actors are listed in the same index, each under a term no word can be (words are letters and
 * digits): an actor's analyses, newest first, come from its term's rows like a word's.
 */
const ACTOR_MARK = '\u0001';

/** The term that lists the analyses naming an actor. */
export function actorTerm(actorId: string): string {
  return `${ACTOR_MARK}${actorId}`;
}
let sequence = 0;

/**
 * A new block id. Ids of later blocks sort later (time first); the random part keeps two contexts
 * writing in the same millisecond apart.
 */
export function newBlockId(now = Date.now()): string {
  sequence = (sequence + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${random}`;
}

/** The rows of one block for analyses with their words. */
export function searchRows(
  blockId: string,
  analyses: readonly { id: string; title: string; publishedAt: string; words: readonly string[] }[],
): { block: SearchBlock; terms: SearchTermRow[] } {
  const byWord = new Map<string, number[]>();
  analyses.forEach(({ words }, doc) => {
    for (const word of words) {
      const docs = byWord.get(word);
      if (docs) docs.push(doc);
      else byWord.set(word, [doc]);
    }
  });
  return {
    block: {
      key: blockId,
      ids: analyses.map((a) => a.id).join(SEPARATOR),
      titles: analyses.map((a) => a.title.replaceAll(SEPARATOR, ' ')).join(SEPARATOR),
      times: Float64Array.from(analyses, (a) => publishTime(a.publishedAt)),
    },
    terms: [...byWord].map(([word, docs]) => ({
      key: `${word}${SEPARATOR}${blockId}`,
      docs: Int32Array.from(docs),
    })),
  };
}

/**
 * The rows of a block that lists analyses under their actors only (an upgrade, a merge). Its titles
 * are left empty: only actor terms point into it, and search reads titles of word matches only.
 */
export function actorRows(
  analyses: readonly { id: string; publishedAt: string; actorIds: readonly string[] }[],
): { block: SearchBlock; terms: SearchTermRow[] } {
  return searchRows(
    newBlockId(),
    analyses.map(({ id, publishedAt, actorIds }) => ({
      id,
      title: '',
      publishedAt,
      words: actorIds.map(actorTerm),
    })),
  );
}

/** The ids a block lists, in order. */
export function blockIds(block: SearchBlock): string[] {
  return block.ids === '' ? [] : block.ids.split(SEPARATOR);
}

/** The titles of a block's analyses, in order. */
export function blockTitles(block: SearchBlock): string[] {
  return block.ids === '' ? [] : block.titles.split(SEPARATOR);
}

/** The word and the block of a term row's key. */
export function termKeyParts(key: string): { word: string; blockId: string } {
  const at = key.indexOf(SEPARATOR);
  return { word: key.slice(0, at), blockId: key.slice(at + 1) };
}

/**
 * The key range of a query word: words starting with it, or (for a word shorter than three letters,
 * which as a prefix would match most of the library, and for an actor's term) that word alone.
 */
export function termRange(word: string): [string, string] {
  return word.length < 3 || word.startsWith(ACTOR_MARK)
    ? [`${word}${SEPARATOR}`, `${word}\u0001`]
    : [word, `${word}\uffff`];
}

/** Epoch ms of a publication date; unparseable dates sort last. */
export function publishTime(publishedAt: string): number {
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
