import { createDetector } from '../detect';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { TOPICS } from '../kb/topics';
import type { Mention } from '../model';
import { type ChunkIndexer, threadIndexer } from './chunk-indexer';
import { BackstoryDB } from './database';
import { mentionsIn, readMentionSets } from './mention-sets';
import type { SearchBlock, SearchTermRow } from './schema';
import { blockIds, termKeyParts } from './search-terms';

/** For tests: a fresh database holding the fixture actors and the topics, nothing else. */
export async function testDb(prefix = 'test'): Promise<BackstoryDB> {
  const db = new BackstoryDB(`${prefix}-${crypto.randomUUID()}`);
  await db.actors.bulkPut(FIXTURE_ACTORS);
  await db.topics.bulkPut(TOPICS);
  return db;
}

/**
 * Every table's rows, sorted by key: two databases hold the same data when these are equal. Blocks
 * are shown by what they hold, without the block ids that differ from one write to the next: the
 * current mention set of each analysis, and every search posting (word, id and time).
 */
export async function dumpTables(db: BackstoryDB): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  dump.searchTerms = searchPostings(
    (dump.searchBlocks ?? []) as SearchBlock[],
    (dump.searchTerms ?? []) as SearchTermRow[],
  );
  delete dump.searchBlocks;
  dump.mentionBlocks = [...(await readMentionSets(db)).values()];
  return dump;
}

function searchPostings(blocks: readonly SearchBlock[], rows: readonly SearchTermRow[]): string[] {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  return rows
    .flatMap((row) => {
      const { word, blockId } = termKeyParts(row.key);
      const block = byKey.get(blockId);
      const ids = block ? blockIds(block) : [];
      return [...row.docs].map((doc) => `${word} ${ids[doc]} ${block?.times[doc]}`);
    })
    .sort();
}

/**
 * An indexer that fails on its `call`-th chunk, after `meanwhile` (what the reader does during the
 * import). By the third chunk's indexing the first chunk is written.
 */
export function indexerFailingAt(
  call: number,
  meanwhile: () => Promise<unknown> = async () => {},
): ChunkIndexer {
  const inner = threadIndexer(createDetector);
  let calls = 0;
  return {
    ...inner,
    setKnowledge: (input) => inner.setKnowledge(input),
    async index(drafts) {
      calls += 1;
      if (calls === call) {
        await meanwhile();
        throw new Error('the indexer failed');
      }
      return inner.index(drafts);
    },
  };
}

export { createDetector };

/** For tests: the mentions stored for one analysis, one per actor. */
export async function mentionsOf(db: BackstoryDB, analysisId: string): Promise<Mention[]> {
  const set = (await readMentionSets(db)).get(analysisId);
  return set ? mentionsIn(set) : [];
}

/** For tests: every stored mention of one actor, whichever analysis it is in. */
export async function mentionsOfActor(db: BackstoryDB, actorId: string): Promise<Mention[]> {
  const sets = [...(await readMentionSets(db)).values()];
  return sets.flatMap((set) => mentionsIn(set).filter((m) => m.actorId === actorId));
}
