/**
 * A frozen copy of the search index's row writers (lib/db/search-terms.ts) as of database version 11,
 * for the upgrades (house style, rule 14; issue 14). Never edit it: a later upgrade that needs them as
 * they are then copies them anew into a file of its own, and this one keeps writing the rows the
 * upgrades shipped with. See search-terms.ts for what the rows are.
 */
import type { SearchBlock, SearchTermRow } from '../schema';

const SEPARATOR = '\u0000';
const ACTOR_MARK = '\u0001';

/** The term that lists the analyses naming an actor. */
function actorTerm(actorId: string): string {
  return `${ACTOR_MARK}${actorId}`;
}

let sequence = 0;

/** A new block id: ids of later blocks sort later (time first), the random part keeps writers apart. */
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

/** The rows of a block that lists analyses under their actors only, with empty titles. */
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

/** Epoch ms of a publication date; unparseable dates sort last. */
function publishTime(publishedAt: string): number {
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
