import type { HighlightPrefs } from '../db/highlight-prefs';
import { CONFIDENT } from '../detect/types';
import { significantTopics } from '../index-detection';
import type { PageDetection } from '../messaging/contract';
import type { Knowledge } from './detector-cache';

/** Of some actor ids, those the library has something on (see `LibraryMarks`). */
export type LibraryLookup = (actorIds: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * A page's confident mentions of the actors the reader wants highlighted, its actors and its topics.
 * The detection runs in memory; the library is asked only about the actors left after the kinds the
 * reader switched off, and in 'library' mode only the actors it has something on stay. Each mention
 * says whether its actor is one of those (`strong`).
 *
 * Privacy (issue 14): the content script paints strong and light highlights differently, so the page
 * can tell, from the highlights' computed style, which actors the reader's library holds something on,
 * and in 'library' mode which are highlighted at all. The feature needs that difference; it is kept to
 * one bit per actor and to the look alone (no attribute, size or layout depends on it).
 */
export async function detectPage(
  { detector, actor, topics }: Knowledge,
  text: string,
  prefs: HighlightPrefs,
  library: LibraryLookup,
): Promise<PageDetection> {
  const detection = detector.detect(text);
  const kinds = new Set<string>(prefs.kinds);
  const wanted = new Map<string, boolean>();
  const confident = detection.mentions.filter((m) => {
    if (m.actorId === null || m.confidence < CONFIDENT) return false;
    if (!wanted.has(m.actorId)) wanted.set(m.actorId, kinds.has(actor(m.actorId)?.kind ?? ''));
    return wanted.get(m.actorId) === true;
  });
  const found = [...new Set(confident.map((m) => m.actorId as string))];
  const strong = found.length === 0 ? new Set<string>() : await library(found);
  const shown = prefs.mode === 'library' ? found.filter((id) => strong.has(id)) : found;
  const shownSet = new Set(shown);
  const scoreOf = new Map(detection.topics.map((t) => [t.topicId, t.score]));
  return {
    off: false,
    mentions: confident
      .filter((m) => shownSet.has(m.actorId as string))
      .map((m) => ({ ...m, strong: strong.has(m.actorId as string) })),
    actors: shown.flatMap((id) => actor(id) ?? []),
    topics: significantTopics(detection.topics).flatMap((id) => {
      const topic = topics.get(id);
      return topic ? [{ id: topic.id, label: topic.label, score: scoreOf.get(id) ?? 0 }] : [];
    }),
  };
}
