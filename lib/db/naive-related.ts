import type { ActorKind } from '../model';
import { type Candidate, rankCandidates } from '../rank';
import type { BackstoryDB, MentionRow } from './database';
import { MIN_SHARE_OF_BEST, type RelatedQuery } from './related';

/**
 * The reference for `relatedAnalyses`: reads every analysis and every mention and ranks them all.
 * Tests check the fast path against it; the benchmark times it as the baseline. Returns ids.
 */
export async function naiveRelatedIds(db: BackstoryDB, query: RelatedQuery): Promise<string[]> {
  const kinds = new Map<string, ActorKind>();
  await db.actors.each((a) => kinds.set(a.id, a.kind));
  const rows = new Map<string, MentionRow[]>();
  await db.mentions.each((m) => {
    if (!query.actors.has(m.actorId)) return;
    rows.set(m.analysisId, [...(rows.get(m.analysisId) ?? []), m]);
  });
  const candidates: Candidate[] = [];
  await db.analyses.each((a) => {
    if (query.excludeUrl && a.url === query.excludeUrl) return;
    const actors = (rows.get(a.id) ?? []).map((m) => ({
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
