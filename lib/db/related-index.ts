import type { ActorKind, Analysis } from '../model';
import { type Candidate, KIND_WEIGHT, recencyFactor } from '../rank';
import type { BackstoryDB } from './database';
import { type IndexColumns, readColumns } from './related-columns';
import { perDatabase } from './table-cache';

/**
 * A compact in-memory view of everything relatedness reads: per analysis its date, topics and
 * mentions (count and first place of each actor), and per actor and topic the analyses that have
 * it. A query scores, ranks and picks snippets from these columns, so it reads only the final few
 * analyses from IndexedDB. The columns are read once, on first use, from the mention blocks; any
 * write to analyses or mention blocks (in any context of the extension, which Dexie reports through
 * `storagemutated`) drops the whole view.
 */
export class RelatedIndex {
  private readonly ordinal = new Map<string, number>();
  /** Per analysis, the relevance summed so far; zero outside a query (`top` is synchronous). */
  private readonly relevance: Float64Array;
  /** The analyses a query touched, `touchedCount` of them, each marked in `seen` once. */
  private readonly touched: Int32Array;
  private readonly seen: Uint8Array;

  private constructor(private readonly c: IndexColumns) {
    for (const [i, id] of c.ids.entries()) this.ordinal.set(id, i);
    // Allocated once: a query over 100,000 analyses would otherwise allocate and clear them each time.
    this.relevance = new Float64Array(c.ids.length);
    this.touched = new Int32Array(c.ids.length);
    this.seen = new Uint8Array(c.ids.length);
  }

  /**
   * Analyses shown lately, by id, oldest first: pages on the same story ask for the same few, and
   * reading them is most of a query once scoring is done. Dropped with the index on any write.
   */
  private readonly shown = new Map<string, Analysis>();

  /** The analyses with these ids (undefined for one not stored), from memory when shown lately. */
  async analyses(db: BackstoryDB, ids: readonly string[]): Promise<(Analysis | undefined)[]> {
    const missing = ids.filter((id) => !this.shown.has(id));
    const read = missing.length > 0 ? await db.analyses.bulkGet(missing) : [];
    for (const analysis of read) if (analysis) this.shown.set(analysis.id, analysis);
    const found = ids.map((id) => this.shown.get(id));
    for (const analysis of found) {
      if (!analysis) continue;
      // Most recently used last; the oldest go beyond the cap.
      this.shown.delete(analysis.id);
      this.shown.set(analysis.id, analysis);
    }
    for (const id of this.shown.keys()) {
      if (this.shown.size <= SHOWN_CACHE) break;
      this.shown.delete(id);
    }
    return found;
  }

  static async build(db: BackstoryDB): Promise<RelatedIndex> {
    return new RelatedIndex(await readColumns(db));
  }

  /** When an analysis was published (epoch ms); -Infinity for one the index does not know. */
  timeOf(id: string): number {
    const doc = this.ordinal.get(id);
    return doc === undefined ? Number.NEGATIVE_INFINITY : (this.c.times[doc] as number);
  }

  /**
   * What `rankCandidates` needs of an analysis: its date, topics, and the page's actors it names
   * (in actor id order, as the mention rows of earlier versions came).
   */
  candidate(id: string, pageActors: ReadonlyMap<string, number>, kinds: ReadonlyMap<string, ActorKind>) {
    const doc = this.ordinal.get(id) as number;
    const { c } = this;
    const actors: (Candidate['actors'][number] & { firstOffset: number; firstLength: number })[] = [];
    for (let m = c.mentionStart[doc] as number; m < (c.mentionStart[doc + 1] as number); m++) {
      const actorId = c.actorIds[c.mentionActor[m] as number] as string;
      if (!pageActors.has(actorId)) continue;
      actors.push({
        actorId,
        kind: kinds.get(actorId) ?? 'state',
        count: c.mentionCount[m] as number,
        firstOffset: c.firstOffset[m] as number,
        firstLength: c.firstLength[m] as number,
      });
    }
    actors.sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
    const topicIds: string[] = [];
    for (let t = c.topicStart[doc] as number; t < (c.topicStart[doc + 1] as number); t++)
      topicIds.push(c.topicIds[c.topicOf[t] as number] as string);
    return { id, publishedAt: c.publishedAt[doc] as string, topicIds, actors };
  }

  /**
   * The ids of the best-scoring analyses for a page, at most `count`, best first: the same score as
   * `rankCandidates`, computed over the columns. Analyses in `exclude` are left out.
   */
  top(
    pageActors: ReadonlyMap<string, number>,
    pageTopics: ReadonlyMap<string, number>,
    kinds: ReadonlyMap<string, ActorKind>,
    exclude: ReadonlySet<string>,
    now: number,
    count: number,
  ): string[] {
    const { c, relevance, touched, seen } = this;
    let touchedCount = 0;
    for (const [id, pageWeight] of pageActors) {
      const posting = c.actorPostings.get(id);
      if (!posting) continue;
      const weight = KIND_WEIGHT[kinds.get(id) ?? 'state'] * pageWeight;
      const { docs, factors } = posting;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[touchedCount++] = doc;
        }
        relevance[doc] = (relevance[doc] as number) + weight * (factors[j] as number);
      }
    }
    for (const [id, pageWeight] of pageTopics) {
      const docs = c.topicPostings.get(id);
      if (!docs) continue;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[touchedCount++] = doc;
        }
        relevance[doc] = (relevance[doc] as number) + 1.5 * pageWeight;
      }
    }
    // Newer first among equal scores, as `rankCandidates` orders them.
    const better = (score: number, doc: number, than: Scored) =>
      score > than.score ||
      (score === than.score && (c.times[doc] as number) > (c.times[than.doc] as number));
    // The best `count` kept sorted by insertion: most analyses fail the first comparison, before
    // anything is allocated for them.
    const best: Scored[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t] as number;
      const sum = relevance[doc] as number;
      relevance[doc] = 0;
      seen[doc] = 0;
      // Recency scales by at most 1: a sum under the weakest kept score cannot make the cut.
      if (best.length === count && sum < (best[count - 1] as Scored).score) continue;
      const score = sum * (0.5 + 0.5 * recency(c.times[doc] as number, now));
      if (score <= 0 || (best.length === count && !better(score, doc, best[count - 1] as Scored))) continue;
      if (exclude.has(c.ids[doc] as string)) continue;
      let at = best.length;
      while (at > 0 && better(score, doc, best[at - 1] as Scored)) at--;
      best.splice(at, 0, { doc, score });
      if (best.length > count) best.pop();
    }
    return best.map((s) => c.ids[s.doc] as string);
  }
}

interface Scored {
  doc: number;
  score: number;
}

const DAY_MS = 86_400_000;
const SHOWN_CACHE = 300;

/** `recencyFactor` on an epoch time: the same formula without parsing a date per analysis. */
function recency(time: number, now: number): number {
  if (Number.isNaN(time)) return recencyFactor('', now);
  return 1 / (1 + Math.max(0, (now - time) / DAY_MS) / 365);
}

/** The database's related index, built on first use and rebuilt after any change to analyses or mentions. */
export const relatedIndex: (db: BackstoryDB) => Promise<RelatedIndex> = perDatabase(
  ['analyses', 'mentionBlocks'],
  (db: BackstoryDB) => RelatedIndex.build(db),
);
