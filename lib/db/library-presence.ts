import type { BackstoryDB } from './database';
import { actorTerm, blockIds, termKeyParts, termRange } from './search-terms';

/** Posting rows read at a time per actor, newest first. */
const ROWS = 4;
/** Analyses read at a time to confirm a posting. */
const CHECKED = 4;

/**
 * Of `actorIds`, those the library has something on: a note on the actor, or an analysis naming it.
 * Reads only what these actors need, never the whole library: the notes' `actorId` index, then each
 * actor's newest search postings (see `actorTerm`) and the analyses they point to. A posting can be
 * stale (the analysis changed or went since), so an analysis counts only when, as stored, it still
 * names the actor; the usual answer costs one posting row, one block and one analysis per actor.
 */
export async function actorsWithSomething(
  db: BackstoryDB,
  actorIds: readonly string[],
): Promise<Set<string>> {
  const asked = [...new Set(actorIds)];
  if (asked.length === 0) return new Set();
  const noted = await db.notes.where('actorId').anyOf(asked).keys();
  const found = new Set(noted.map(String));
  // One read per block for the whole call: a page's actors are mostly listed in the same blocks.
  const blocks = new Map<string, Promise<string[]>>();
  const idsOf = (blockId: string) => {
    let ids = blocks.get(blockId);
    if (!ids) {
      ids = db.searchBlocks.get(blockId).then((block) => (block ? blockIds(block) : []));
      blocks.set(blockId, ids);
    }
    return ids;
  };
  const named = await Promise.all(
    asked
      .filter((id) => !found.has(id))
      .map(async (id) => ((await namedByAnAnalysis(db, id, idsOf)) ? id : null)),
  );
  for (const id of named) if (id !== null) found.add(id);
  return found;
}

async function namedByAnAnalysis(
  db: BackstoryDB,
  actorId: string,
  idsOf: (blockId: string) => Promise<string[]>,
): Promise<boolean> {
  const [lower, upper] = termRange(actorTerm(actorId));
  for (let offset = 0; ; offset += ROWS) {
    const rows = await db.searchTerms
      .where(':id')
      .between(lower, upper, true, false)
      .reverse()
      .offset(offset)
      .limit(ROWS)
      .toArray();
    if (rows.length === 0) return false;
    const candidates = new Set<string>();
    for (const row of rows) {
      const ids = await idsOf(termKeyParts(row.key).blockId);
      for (const doc of row.docs) {
        const id = ids[doc];
        if (id !== undefined) candidates.add(id);
      }
    }
    // A block can list an actor's hundreds of analyses: a few at a time, the first almost always does.
    const listed = [...candidates];
    for (let at = 0; at < listed.length; at += CHECKED) {
      const stored = await db.analyses.bulkGet(listed.slice(at, at + CHECKED));
      if (stored.some((analysis) => analysis?.actorIds.includes(actorId) === true)) return true;
    }
  }
}
