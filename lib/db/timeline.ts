import { isoDate } from '../dates';
import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { matchingAnalyses } from './search-postings';
import { actorTerm } from './search-terms';

/** One entry of an actor's timeline, dated by publication (analyses) or writing (notes). */
export type TimelineItem =
  | { kind: 'analysis'; date: string; analysis: Analysis }
  | { kind: 'note'; date: string; note: Note };

/** Entries an actor's timeline shows at most; a much-discussed actor has thousands of analyses. */
export const TIMELINE_LIMIT = 500;

/**
 * The analyses and notes of an actor, newest first, at most `limit` analyses (the newest ones) and
 * every note.
 */
export async function actorTimeline(
  db: BackstoryDB,
  actorId: string,
  limit = TIMELINE_LIMIT,
): Promise<TimelineItem[]> {
  const [analyses, notes] = await Promise.all([
    newestAnalyses(db, actorId, limit),
    db.notes.where('actorId').equals(actorId).toArray(),
  ]);
  const items: TimelineItem[] = [
    ...analyses.map((analysis) => ({ kind: 'analysis' as const, date: analysis.publishedAt, analysis })),
    ...notes.map((note) => ({ kind: 'note' as const, date: isoDate(note.createdAt) ?? '', note })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * The newest analyses naming an actor, newest first, at most `limit`: the search index lists them by
 * date (see `actorTerm`), so only those shown are read. A listing can be stale (the analysis changed
 * since), so each is checked against the analysis as stored.
 */
export async function newestAnalyses(db: BackstoryDB, actorId: string, limit: number): Promise<Analysis[]> {
  for (let asked = limit + Math.ceil(limit / 4) + 8; ; asked *= 2) {
    const listed = await matchingAnalyses(db, [actorTerm(actorId)], asked);
    const stored = await db.analyses.bulkGet(listed.map((m) => m.id));
    const naming = stored.filter((a): a is Analysis => a?.actorIds.includes(actorId) === true);
    // Fewer listed than asked means every listing was read.
    if (naming.length >= limit || listed.length < asked) {
      return naming.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, limit);
    }
  }
}
