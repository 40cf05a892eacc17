import type { RelatedAnalysis } from '../messaging/contract';
import type { ActorKind, Analysis } from '../model';
import { type Candidate, rankCandidates } from '../rank';
import { leadSnippet, snippetAt } from '../snippet';
import type { BackstoryDB, MentionRow } from './database';
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
  /** Analyses at this URL are the page itself, not context for it. */
  excludeUrl?: string;
  limit?: number;
  now?: number;
}

/**
 * The prior analyses that share actors or topics with a page, best first, each with a snippet
 * around the most telling shared actor.
 */
export async function relatedAnalyses(db: BackstoryDB, query: RelatedQuery): Promise<RelatedAnalysis[]> {
  const actorIds = [...query.actors.keys()];
  const limit = query.limit ?? 10;
  const now = query.now ?? Date.now();
  const [index, actors, excluded] = await Promise.all([
    relatedIndex(db),
    db.actors.bulkGet(actorIds),
    query.excludeUrl ? db.analyses.where('url').equals(query.excludeUrl).primaryKeys() : [],
  ]);
  const kindOf = new Map(actors.flatMap((a) => (a ? [[a.id, a.kind] as const] : [])));
  // The index picks the best few by the same score; only those are read and ranked in full here.
  const ids = await index.top(query.actors, query.topics, kindOf, new Set(excluded), now, limit + TIE_SLACK);
  const [analyses, allRows] = await Promise.all([
    db.analyses.bulkGet(ids),
    ids.length ? db.mentions.where('analysisId').anyOf(ids).toArray() : [],
  ]);
  const mentionRows = allRows.filter((m) => query.actors.has(m.actorId));
  const rowsByAnalysis = groupBy(mentionRows, (m) => m.analysisId);
  const byId = new Map<string, Analysis>();
  const candidates: Candidate[] = [];
  for (const analysis of analyses) {
    if (!analysis || (query.excludeUrl && analysis.url === query.excludeUrl)) continue;
    byId.set(analysis.id, analysis);
    candidates.push({
      id: analysis.id,
      publishedAt: analysis.publishedAt,
      topicIds: analysis.topicIds,
      actors: (rowsByAnalysis.get(analysis.id) ?? []).map((m) => ({
        actorId: m.actorId,
        count: m.count,
        kind: kindOf.get(m.actorId) ?? 'state',
      })),
    });
  }
  const ranked = rankCandidates(candidates, query.actors, query.topics, now);
  // Far weaker than the best (one passing state in common) is noise next to it, not context.
  const floor = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
  return ranked
    .filter((r) => r.score >= floor)
    .slice(0, limit)
    .flatMap((scored) => {
      const analysis = byId.get(scored.id);
      if (!analysis) return [];
      const rows = (rowsByAnalysis.get(scored.id) ?? []).filter((m) =>
        scored.sharedActorIds.includes(m.actorId),
      );
      return [toRelated(analysis, scored, bestRow(rows, kindOf))];
    });
}

function bestRow(rows: MentionRow[], kindOf: Map<string, ActorKind>): MentionRow | undefined {
  const rank = (m: MentionRow) => (kindOf.get(m.actorId) === 'person' ? 2 : 0) + Math.log(m.count + 1);
  return [...rows].sort((a, b) => rank(b) - rank(a))[0];
}

function toRelated(
  analysis: Analysis,
  scored: { score: number; sharedActorIds: string[]; sharedTopicIds: string[] },
  row: MentionRow | undefined,
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
