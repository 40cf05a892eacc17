import { Dexie } from 'dexie';
import type { ActorKind } from '../model';
import { KIND_WEIGHT, recencyFactor } from '../rank';
import type { BackstoryDB } from './database';

/** One actor's mentions as columns: which analyses (by ordinal) and how often each names it. */
interface Posting {
  docs: Int32Array;
  counts: Float64Array;
}

/**
 * A compact in-memory view of what relatedness scoring reads: every analysis's date, and per actor
 * and topic the analyses that have it. Reading mention rows from IndexedDB for a state named in a
 * third of 100,000 analyses takes seconds; scoring these columns takes milliseconds. The columns
 * are read once, on first use; any write to analyses or mentions (in any context of the extension, which
 * Dexie reports through `storagemutated`) drops the whole view.
 */
export class RelatedIndex {
  private ids: string[] = [];
  private times = new Float64Array(0);
  private ordinal = new Map<string, number>();
  private actors = new Map<string, Promise<Posting>>();
  private topics = new Map<string, Promise<Int32Array>>();

  private constructor(private readonly db: BackstoryDB) {}

  static async build(db: BackstoryDB): Promise<RelatedIndex> {
    const index = new RelatedIndex(db);
    // Two key-only reads of the same index walk it in the same order: dates and ids line up.
    const [dates, ids] = await Promise.all([
      db.analyses.orderBy('publishedAt').keys(),
      db.analyses.orderBy('publishedAt').primaryKeys(),
    ]);
    index.ids = ids;
    index.times = Float64Array.from(dates, (d) => Date.parse(String(d)));
    for (const [i, id] of ids.entries()) index.ordinal.set(id, i);
    await index.loadPostings();
    return index;
  }

  /**
   * Every actor's posting, read once in pages of mention rows: loading them per actor on first use
   * made queries for pages with rarely seen actors slow (one IndexedDB query per new actor).
   */
  private async loadPostings(): Promise<void> {
    const docs = new Map<string, number[]>();
    const counts = new Map<string, number[]>();
    let last: string | undefined;
    for (;;) {
      const range =
        last === undefined ? this.db.mentions.toCollection() : this.db.mentions.where(':id').above(last);
      const page = await range.limit(MENTION_PAGE).toArray();
      if (page.length === 0) break;
      for (const row of page) {
        const doc = this.ordinal.get(row.analysisId);
        if (doc === undefined) continue;
        let list = docs.get(row.actorId);
        if (!list) {
          list = [];
          docs.set(row.actorId, list);
          counts.set(row.actorId, []);
        }
        list.push(doc);
        counts.get(row.actorId)?.push(row.count);
      }
      last = page[page.length - 1]?.key;
    }
    for (const [actorId, list] of docs) {
      const posting = { docs: Int32Array.from(list), counts: Float64Array.from(counts.get(actorId) ?? []) };
      this.actors.set(actorId, Promise.resolve(posting));
    }
  }

  /** When an analysis was published (epoch ms); -Infinity for one the index does not know. */
  timeOf(id: string): number {
    const doc = this.ordinal.get(id);
    return doc === undefined ? Number.NEGATIVE_INFINITY : (this.times[doc] as number);
  }

  /** An actor's posting; empty for an actor no analysis names (all were loaded at build). */
  private posting(actorId: string): Promise<Posting> {
    return this.actors.get(actorId) ?? Promise.resolve(EMPTY);
  }

  private topic(topicId: string): Promise<Int32Array> {
    let docs = this.topics.get(topicId);
    if (!docs) {
      docs = this.db.analyses
        .where('topicIds')
        .equals(topicId)
        .primaryKeys()
        .then((ids) => Int32Array.from(ids.flatMap((id) => this.ordinal.get(id) ?? [])));
      this.topics.set(topicId, docs);
    }
    return docs;
  }

  /**
   * The ids of the best-scoring analyses for a page, at most `count`, best first: the same score as
   * `rankCandidates`, computed over the columns. Analyses in `exclude` are left out.
   */
  async top(
    pageActors: ReadonlyMap<string, number>,
    pageTopics: ReadonlyMap<string, number>,
    kinds: ReadonlyMap<string, ActorKind>,
    exclude: ReadonlySet<string>,
    now: number,
    count: number,
  ): Promise<string[]> {
    const relevance = new Float64Array(this.ids.length);
    const touched: number[] = [];
    const add = (doc: number, value: number) => {
      if (relevance[doc] === 0) touched.push(doc);
      relevance[doc] = (relevance[doc] as number) + value;
    };
    const actorIds = [...pageActors.keys()];
    const topicIds = [...pageTopics.keys()];
    const [postings, topicDocs] = await Promise.all([
      Promise.all(actorIds.map((id) => this.posting(id))),
      Promise.all(topicIds.map((id) => this.topic(id))),
    ]);
    postings.forEach(({ docs, counts }, i) => {
      const id = actorIds[i] as string;
      const weight = KIND_WEIGHT[kinds.get(id) ?? 'state'] * (pageActors.get(id) ?? 0);
      for (let j = 0; j < docs.length; j++)
        add(docs[j] as number, weight * (1 + Math.log(Math.max(1, counts[j] as number))));
    });
    topicDocs.forEach((docs, i) => {
      const weight = 1.5 * (pageTopics.get(topicIds[i] as string) ?? 0);
      for (const doc of docs) add(doc, weight);
    });
    // Newer first among equal scores, as `rankCandidates` orders them.
    const better = (a: Scored, b: Scored) =>
      a.score > b.score ||
      (a.score === b.score && (this.times[a.doc] as number) > (this.times[b.doc] as number));
    // The best `count` kept sorted by insertion: most analyses fail the first comparison.
    const best: Scored[] = [];
    for (const doc of touched) {
      const score = (relevance[doc] as number) * (0.5 + 0.5 * recency(this.times[doc] as number, now));
      const item = { doc, score };
      if (score <= 0 || (best.length === count && !better(item, best[count - 1] as Scored))) continue;
      if (exclude.has(this.ids[doc] as string)) continue;
      let at = best.length;
      while (at > 0 && better(item, best[at - 1] as Scored)) at--;
      best.splice(at, 0, item);
      if (best.length > count) best.pop();
    }
    return best.map((s) => this.ids[s.doc] as string);
  }
}

interface Scored {
  doc: number;
  score: number;
}

const DAY_MS = 86_400_000;
const MENTION_PAGE = 20_000;
const EMPTY: Posting = { docs: new Int32Array(0), counts: new Float64Array(0) };

/** `recencyFactor` on an epoch time: the same formula without parsing a date per analysis. */
function recency(time: number, now: number): number {
  if (Number.isNaN(time)) return recencyFactor('', now);
  return 1 / (1 + Math.max(0, (now - time) / DAY_MS) / 365);
}

const indexes = new WeakMap<BackstoryDB, Promise<RelatedIndex>>();
const watched = new WeakSet<BackstoryDB>();

/** The database's related index, built on first use and rebuilt after any change to analyses or mentions. */
export function relatedIndex(db: BackstoryDB): Promise<RelatedIndex> {
  if (!watched.has(db)) {
    watched.add(db);
    const prefixes = [`idb://${db.name}/analyses/`, `idb://${db.name}/mentions/`];
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) indexes.delete(db);
    });
  }
  let index = indexes.get(db);
  if (!index) {
    index = RelatedIndex.build(db);
    indexes.set(db, index);
  }
  return index;
}
