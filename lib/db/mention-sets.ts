import type { Analysis, Mention } from '../model';
import type { BackstoryDB } from './database';
import type { MentionSet } from './schema';

/** An analysis's mention set from its detected mentions (every analysis has one, even with none). */
export function mentionSetOf(
  analysis: Pick<Analysis, 'id' | 'publishedAt' | 'topicIds'>,
  mentions: readonly Omit<Mention, 'analysisId'>[],
): MentionSet {
  return {
    analysisId: analysis.id,
    publishedAt: analysis.publishedAt,
    topicIds: [...analysis.topicIds],
    actorIds: mentions.map((m) => m.actorId),
    counts: mentions.map((m) => m.count),
    firstOffsets: mentions.map((m) => m.firstOffset),
    firstLengths: mentions.map((m) => m.firstLength),
  };
}

/** The mentions a set holds, one per actor. */
export function mentionsIn(set: MentionSet): Mention[] {
  return set.actorIds.map((actorId, i) => ({
    analysisId: set.analysisId,
    actorId,
    count: set.counts[i] ?? 0,
    firstOffset: set.firstOffsets[i] ?? -1,
    firstLength: set.firstLengths[i] ?? 0,
  }));
}

/**
 * The set with `fromId`'s mention moved to `intoId` (counts add up, the earliest place in the body
 * is kept), or without it when `intoId` is null. Unchanged sets come back as they are.
 */
export function moveMention(set: MentionSet, fromId: string, intoId: string | null): MentionSet {
  const mentions = mentionsIn(set);
  const moved = mentions.find((m) => m.actorId === fromId);
  if (!moved) return set;
  const rest = mentions.filter((m) => m !== moved);
  const into = intoId === null ? undefined : rest.find((m) => m.actorId === intoId);
  if (intoId !== null && into) {
    const first =
      into.firstOffset === -1 || (moved.firstOffset !== -1 && moved.firstOffset < into.firstOffset)
        ? moved
        : into;
    into.count += moved.count;
    into.firstOffset = first.firstOffset;
    into.firstLength = first.firstLength;
  } else if (intoId !== null) {
    rest.push({ ...moved, actorId: intoId });
  }
  return mentionSetOf({ id: set.analysisId, publishedAt: set.publishedAt, topicIds: set.topicIds }, rest);
}

/** The set with mentions of actors it does not name yet added (a learned actor's, issue 12). */
export function withMentions(set: MentionSet, added: readonly Mention[]): MentionSet {
  const fresh = added.filter((m) => !set.actorIds.includes(m.actorId));
  if (fresh.length === 0) return set;
  return mentionSetOf({ id: set.analysisId, publishedAt: set.publishedAt, topicIds: set.topicIds }, [
    ...mentionsIn(set),
    ...fresh,
  ]);
}

/** Blocks read per request: bounded memory, few requests. */
const BLOCK_PAGE = 20;

/**
 * The current mention set of every stored analysis, by analysis id in id order: the latest block
 * that has an analysis wins, and sets of analyses no longer stored are left out.
 */
export async function readMentionSets(db: BackstoryDB): Promise<Map<string, MentionSet>> {
  const [ids, latest] = await Promise.all([db.analyses.toCollection().primaryKeys(), latestSets(db)]);
  const current = new Map<string, MentionSet>();
  // Primary keys come sorted: the map is in id order too.
  for (const id of ids) {
    const set = latest.get(id);
    if (set) current.set(id, set);
  }
  return current;
}

async function latestSets(db: BackstoryDB): Promise<Map<string, MentionSet>> {
  const latest = new Map<string, MentionSet>();
  let last: string | undefined;
  for (;;) {
    const range =
      last === undefined ? db.mentionBlocks.toCollection() : db.mentionBlocks.where(':id').above(last);
    const page = await range.limit(BLOCK_PAGE).toArray();
    if (page.length === 0) break;
    last = page[page.length - 1]?.key;
    for (const block of page) {
      for (const set of block.sets) {
        if (block.adds !== true) latest.set(set.analysisId, set);
        else {
          const before = latest.get(set.analysisId);
          if (before) latest.set(set.analysisId, withMentions(before, mentionsIn(set)));
        }
      }
    }
  }
  return latest;
}
