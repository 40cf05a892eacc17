import type { RelatedAnalysis } from '../messaging/contract';
import type { ActorKind, Analysis } from '../model';
import { pageKey } from '../page-url';
import { rankCandidates } from '../rank';
import { leadSnippet, snippetAt } from '../snippet';
import { actorKinds } from './actor-kinds';
import type { BackstoryDB } from './database';
import { relatedIndex } from './related-index';

/** A few more than asked for, so analyses tied at the cut are ranked by the same rules as the rest. */
const TIE_SLACK = 5;

/** Analyses scoring under this share of the best one are left out. */
export const MIN_SHARE_OF_BEST = 0.15;

export interface RelatedQuery {
  /** Page actors with their page weight (see `pageWeight`). */
  actors: ReadonlyMap<string, number>;
  /** Page topics with their weight. */
  topics: ReadonlyMap<string, number>;
  /** Analyses at this page (by its `pageKey`) are the page itself, not context for it. */
  excludeUrl?: string;
  limit?: number;
  now?: number;
}

/**
 * The prior analyses that share actors or topics with a page, best first, each with a snippet
 * around the most telling shared actor.
 */
export async function relatedAnalyses(db: BackstoryDB, query: RelatedQuery): Promise<RelatedAnalysis[]> {
  const limit = query.limit ?? 10;
  const now = query.now ?? Date.now();
  const excludeUrl = query.excludeUrl ? pageKey(query.excludeUrl) : '';
  const [index, kindOf, excluded] = await Promise.all([
    relatedIndex(db),
    actorKinds(db),
    excludeUrl ? db.analyses.where('url').equals(excludeUrl).primaryKeys() : [],
  ]);
  // The index picks the best few by the same score and holds what ranking them in full needs:
  // only the analyses shown are read.
  const ids = index.top(query.actors, query.topics, kindOf, new Set(excluded), now, limit + TIE_SLACK);
  const candidates = new Map(ids.map((id) => [id, index.candidate(id, query.actors, kindOf)]));
  const ranked = rankCandidates([...candidates.values()], query.actors, query.topics, now);
  // Far weaker than the best (one passing state in common) is noise next to it, not context.
  const floor = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
  const shown = ranked.filter((r) => r.score >= floor).slice(0, limit);
  const analyses = await index.analyses(
    db,
    shown.map((r) => r.id),
  );
  return shown.flatMap((scored, i) => {
    const analysis = analyses[i];
    if (!analysis || (excludeUrl && analysis.url === excludeUrl)) return [];
    const shared = (candidates.get(scored.id)?.actors ?? []).filter((m) =>
      scored.sharedActorIds.includes(m.actorId),
    );
    return [toRelated(analysis, scored, bestMention(shared))];
  });
}

type SharedMention = {
  actorId: string;
  kind: ActorKind;
  count: number;
  firstOffset: number;
  firstLength: number;
};

/** The shared actor the snippet shows: people first, then the most named; by id among equals. */
function bestMention(shared: readonly SharedMention[]): SharedMention | undefined {
  const rank = (m: SharedMention) => (m.kind === 'person' ? 2 : 0) + Math.log(m.count + 1);
  // `shared` is in actor id order and the sort is stable: equals keep it.
  return [...shared].sort((a, b) => rank(b) - rank(a))[0];
}

function toRelated(
  analysis: Analysis,
  scored: { score: number; sharedActorIds: string[]; sharedTopicIds: string[] },
  row: SharedMention | undefined,
): RelatedAnalysis {
  const snippet = row
    ? snippetAt(analysis.text, row.firstOffset, row.firstOffset + row.firstLength)
    : leadSnippet(analysis.text);
  return {
    id: analysis.id,
    title: analysis.title,
    source: analysis.source,
    url: analysis.url,
    publishedAt: analysis.publishedAt,
    snippet,
    score: Math.round(scored.score * 100) / 100,
    sharedActorIds: scored.sharedActorIds,
    sharedTopicIds: scored.sharedTopicIds,
  };
}
