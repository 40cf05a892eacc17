import type { ActorKind } from './model';

/** How much sharing one actor says about relatedness: a shared person says more than a shared state. */
export const KIND_WEIGHT: Record<ActorKind, number> = { person: 3, organisation: 2, place: 2, state: 1 };

const DAY_MS = 86_400_000;

/** Halves the weight of an analysis a year old, a third for two years: newer context comes first. */
export function recencyFactor(publishedAt: string, now: number): number {
  const time = Date.parse(publishedAt);
  if (Number.isNaN(time)) return 0.5;
  const ageDays = Math.max(0, (now - time) / DAY_MS);
  return 1 / (1 + ageDays / 365);
}

export interface Candidate {
  id: string;
  publishedAt: string;
  /** Shared actors with how often the analysis names each. */
  actors: { actorId: string; kind: ActorKind; count: number }[];
  topicIds: readonly string[];
}

export interface Scored {
  id: string;
  score: number;
  sharedActorIds: string[];
  sharedTopicIds: string[];
}

/**
 * Scores candidates against a page: each shared actor adds its kind weight times the page's
 * weight for it, more when the analysis names it often; each shared topic adds the page's weight
 * for it; recency scales the sum. Returns the best first; ties go to the newer analysis.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  pageActors: ReadonlyMap<string, number>,
  pageTopics: ReadonlyMap<string, number>,
  now: number,
): Scored[] {
  const scored = candidates.map((candidate) => {
    let relevance = 0;
    const sharedActorIds: string[] = [];
    for (const { actorId, kind, count } of candidate.actors) {
      const pageWeight = pageActors.get(actorId);
      if (pageWeight === undefined) continue;
      sharedActorIds.push(actorId);
      relevance += KIND_WEIGHT[kind] * pageWeight * (1 + Math.log(Math.max(1, count)));
    }
    const sharedTopicIds = candidate.topicIds.filter((id) => pageTopics.has(id));
    for (const id of sharedTopicIds) relevance += 1.5 * (pageTopics.get(id) ?? 0);
    const score = relevance * (0.5 + 0.5 * recencyFactor(candidate.publishedAt, now));
    return { id: candidate.id, score, sharedActorIds, sharedTopicIds, publishedAt: candidate.publishedAt };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.publishedAt.localeCompare(a.publishedAt))
    .map(({ publishedAt: _, ...rest }) => rest);
}

/** Page weight of an actor from how often the page names it: 1 for once, growing slowly. */
export function pageWeight(count: number): number {
  return 1 + Math.log(Math.max(1, count));
}
