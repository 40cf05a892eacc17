import type { BackstoryDB } from './database';
import { readMentionSets } from './mention-sets';

/**
 * One actor's postings: the analyses (by ordinal) that name it, and for each how much more than
 * once it counts (`1 + ln(count)`, as `rankCandidates` weighs it).
 */
export interface Posting {
  docs: Int32Array;
  factors: Float64Array;
}

/**
 * The mention sets of the whole library as columns. Analysis `d` has the mentions
 * `mentionStart[d]` to `mentionStart[d + 1]` (exclusive) and likewise the topics from `topicStart`;
 * actors and topics are numbered by first appearance.
 */
export interface IndexColumns {
  ids: string[];
  publishedAt: string[];
  /** Epoch ms; NaN for a date that does not parse (recency treats it as such). */
  times: Float64Array;
  mentionStart: Int32Array;
  mentionActor: Int32Array;
  mentionCount: Int32Array;
  firstOffset: Int32Array;
  firstLength: Int32Array;
  topicStart: Int32Array;
  topicOf: Int32Array;
  actorIds: string[];
  topicIds: string[];
  actorPostings: Map<string, Posting>;
  topicPostings: Map<string, Int32Array>;
}

/** Reads every current mention set once into columns, analyses in id order. */
export async function readColumns(db: BackstoryDB): Promise<IndexColumns> {
  const ids: string[] = [];
  const publishedAt: string[] = [];
  const mentionStart = [0];
  const topicStart = [0];
  const mentionActor: number[] = [];
  const mentionCount: number[] = [];
  const firstOffset: number[] = [];
  const firstLength: number[] = [];
  const topicOf: number[] = [];
  const actors = new Numbering();
  const topics = new Numbering();
  for (const set of (await readMentionSets(db)).values()) {
    ids.push(set.analysisId);
    publishedAt.push(set.publishedAt);
    for (const [i, actorId] of set.actorIds.entries()) {
      mentionActor.push(actors.of(actorId));
      mentionCount.push(set.counts[i] ?? 0);
      firstOffset.push(set.firstOffsets[i] ?? -1);
      firstLength.push(set.firstLengths[i] ?? 0);
    }
    for (const topicId of set.topicIds) topicOf.push(topics.of(topicId));
    mentionStart.push(mentionActor.length);
    topicStart.push(topicOf.length);
  }
  const columns = {
    ids,
    publishedAt,
    times: Float64Array.from(publishedAt, (d) => Date.parse(d)),
    mentionStart: Int32Array.from(mentionStart),
    mentionActor: Int32Array.from(mentionActor),
    mentionCount: Int32Array.from(mentionCount),
    firstOffset: Int32Array.from(firstOffset),
    firstLength: Int32Array.from(firstLength),
    topicStart: Int32Array.from(topicStart),
    topicOf: Int32Array.from(topicOf),
    actorIds: actors.names,
    topicIds: topics.names,
  };
  return {
    ...columns,
    actorPostings: postings(columns.mentionStart, columns.mentionActor, actors.names, columns.mentionCount),
    topicPostings: new Map(
      [...postings(columns.topicStart, columns.topicOf, topics.names)].map(([id, p]) => [id, p.docs]),
    ),
  };
}

/** Inverts per-analysis lists (`start`/`of`) into per-name postings, analyses in ordinal order. */
function postings(
  start: Int32Array,
  of: Int32Array,
  names: readonly string[],
  values?: Int32Array,
): Map<string, Posting> {
  const sizes = new Int32Array(names.length);
  for (const n of of) sizes[n] = (sizes[n] as number) + 1;
  const lists = names.map((_, n) => ({
    docs: new Int32Array(sizes[n] as number),
    factors: new Float64Array(values ? (sizes[n] as number) : 0),
  }));
  const filled = new Int32Array(names.length);
  for (let doc = 0; doc + 1 < start.length; doc++) {
    for (let i = start[doc] as number; i < (start[doc + 1] as number); i++) {
      const n = of[i] as number;
      const list = lists[n] as Posting;
      const at = filled[n] as number;
      list.docs[at] = doc;
      if (values) list.factors[at] = 1 + Math.log(Math.max(1, values[i] as number));
      filled[n] = at + 1;
    }
  }
  return new Map(names.map((name, n) => [name, lists[n] as Posting]));
}

/** Numbers names by first appearance. */
class Numbering {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  of(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}
