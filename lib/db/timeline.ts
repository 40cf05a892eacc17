import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';

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
    ...notes.map((note) => ({ kind: 'note' as const, date: new Date(note.createdAt).toISOString(), note })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date));
}

/** The newest analyses naming an actor, without reading all of them when there are many. */
export async function newestAnalyses(db: BackstoryDB, actorId: string, limit: number): Promise<Analysis[]> {
  const ids = await db.analyses.where('actorIds').equals(actorId).primaryKeys();
  if (ids.length <= limit) {
    const all = (await db.analyses.bulkGet(ids)).filter((a): a is Analysis => a !== undefined);
    return all.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }
  const wanted = new Set(ids);
  return db.analyses
    .orderBy('publishedAt')
    .reverse()
    .filter((a) => wanted.has(a.id))
    .limit(limit)
    .toArray();
}
