import type { HighlightPrefs } from '../db/highlight-prefs';
import { CONFIDENT } from '../detect/types';
import { significantTopics } from '../index-detection';
import type { PageDetection } from '../messaging/contract';
import type { Knowledge } from './detector-cache';

/**
 * A page's confident mentions of the actors the reader wants highlighted (by kind), its actors and
 * its topics. The detection runs in memory, and nothing in the answer depends on what the reader's
 * library holds: the page sees which names are highlighted (issue 14). Which actors are the shipped
 * knowledge base's says what ids may show in the page (`shipped`).
 */
export function detectPage(
  { detector, actor, shipped, topics }: Knowledge,
  text: string,
  prefs: HighlightPrefs,
): PageDetection {
  const detection = detector.detect(text);
  const kinds = new Set<string>(prefs.kinds);
  const wanted = new Map<string, boolean>();
  const confident = detection.mentions.filter((m) => {
    if (m.actorId === null || m.confidence < CONFIDENT) return false;
    if (!wanted.has(m.actorId)) wanted.set(m.actorId, kinds.has(actor(m.actorId)?.kind ?? ''));
    return wanted.get(m.actorId) === true;
  });
  const found = [...new Set(confident.map((m) => m.actorId as string))];
  const scoreOf = new Map(detection.topics.map((t) => [t.topicId, t.score]));
  return {
    off: false,
    mentions: confident,
    actors: found.flatMap((id) => actor(id) ?? []),
    shipped: found.filter(shipped),
    topics: significantTopics(detection.topics).flatMap((id) => {
      const topic = topics.get(id);
      return topic ? [{ id: topic.id, label: topic.label, score: scoreOf.get(id) ?? 0 }] : [];
    }),
  };
}
