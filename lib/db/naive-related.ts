import type { ActorKind } from '../model';
import { pageKey } from '../page-url';
import { type Candidate, rankCandidates } from '../rank';
import type { BackstoryDB } from './database';
import { mentionsIn, readMentionSets } from './mention-sets';
import { MIN_SHARE_OF_BEST, type RelatedQuery } from './related';

/**
 * The reference for `relatedAnalyses`: reads every analysis and every mention and ranks them all.
 * Tests check the fast path against it; the benchmark times it as the baseline. Returns ids.
 */
export async function naiveRelatedIds(db: BackstoryDB, query: RelatedQuery): Promise<string[]> {
  const kinds = new Map<string, ActorKind>();
  await db.actors.each((a) => kinds.set(a.id, a.kind));
  const sets = await readMentionSets(db);
  const candidates: Candidate[] = [];
  const excludeUrl = query.excludeUrl ? pageKey(query.excludeUrl) : '';
  await db.analyses.each((a) => {
    if (excludeUrl && a.url === excludeUrl) return;
    const set = sets.get(a.id);
    // In actor id order, as the fast path adds them up.
    const shared = (set ? mentionsIn(set) : [])
      .filter((m) => query.actors.has(m.actorId))
      .sort((x, y) => (x.actorId < y.actorId ? -1 : x.actorId > y.actorId ? 1 : 0));
    const actors = shared.map((m) => ({
      actorId: m.actorId,
      count: m.count,
      kind: kinds.get(m.actorId) ?? 'state',
    }));
    candidates.push({ id: a.id, publishedAt: a.publishedAt, topicIds: a.topicIds, actors });
  });
  const ranked = rankCandidates(candidates, query.actors, query.topics, query.now ?? Date.now());
  const floor = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
  return ranked
    .filter((r) => r.score >= floor)
    .slice(0, query.limit ?? 10)
    .map((r) => r.id);
}
