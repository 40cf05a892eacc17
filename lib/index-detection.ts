import { CONFIDENT, type Detection, type TopicScore } from './detect/types';
import type { Mention } from './model';

/** What a text's detection contributes to the index: one row per known actor, and its topics. */
export interface IndexedText {
  mentions: Omit<Mention, 'analysisId'>[];
  actorIds: string[];
  topicIds: string[];
  /** The text's language, when detection could tell (see `Detection.lang`). */
  lang?: string;
}

/**
 * Folds a detection into index rows: confident mentions of known actors counted per actor, and the
 * topics that carry the text. Detection may run on a heading plus body; `bodyStart` is where the body
 * starts, and `firstOffset` is the actor's first place in the body (-1 when only the heading names it).
 */
export function indexDetection(detection: Detection, bodyStart = 0): IndexedText {
  const byActor = new Map<string, Omit<Mention, 'analysisId' | 'actorId'>>();
  for (const mention of detection.mentions) {
    if (mention.actorId === null || mention.confidence < CONFIDENT) continue;
    let row = byActor.get(mention.actorId);
    if (row === undefined) {
      row = { count: 0, firstOffset: -1, firstLength: 0 };
      byActor.set(mention.actorId, row);
    }
    row.count += 1;
    if (row.firstOffset === -1 && mention.start >= bodyStart) {
      row.firstOffset = mention.start - bodyStart;
      row.firstLength = mention.end - mention.start;
    }
  }
  const mentions = [...byActor].map(([actorId, row]) => ({ actorId, ...row }));
  return {
    mentions,
    actorIds: [...byActor.keys()],
    topicIds: significantTopics(detection.topics),
    ...(detection.lang ? { lang: detection.lang } : {}),
  };
}

/**
 * The topics that carry a text rather than brush it: at most five, each at least a third as strong
 * as the strongest, and signalled more than once unless it is the only one.
 */
export function significantTopics(topics: readonly TopicScore[], limit = 5): string[] {
  const sorted = [...topics].filter((t) => t.score > 0).sort((a, b) => b.score - a.score);
  const top = sorted[0];
  if (top === undefined) return [];
  const strong = sorted.filter((t) => t.score >= top.score / 3 && t.hits >= 2);
  return (strong.length > 0 ? strong : [top]).slice(0, limit).map((t) => t.topicId);
}
