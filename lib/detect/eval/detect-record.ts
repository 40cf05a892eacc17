import type { Actor, ActorKind, AliasRole } from '../../model';
import type { Detection, EntityType } from '../types';

/** One mention as `npm run detect -- --json` prints it; fields of the actor are null for unknown names. */
export interface MentionRecord {
  /** UTF-16 offsets into the text: `text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  actorId: string | null;
  name: string | null;
  kind: ActorKind | null;
  country: string | null;
  wikidata: string | null;
  confidence: number;
  /** Which alias of the actor matched (`name`, `capital`, `demonym` ...); null for unknown names. */
  role: AliasRole | null;
}

export interface TopicRecord {
  id: string;
  score: number;
  hits: number;
}

/** What `detect` reports for one text, before the caller adds where the text came from. */
export interface DetectRecord {
  lang: string | null;
  mentions: MentionRecord[];
  topics: TopicRecord[];
}

/**
 * The actor's Wikidata id, or null. The field is optional and newer than most actors: the open
 * knowledge base of issue 11 brings it.
 */
export function wikidataOf(actor: Actor): string | null {
  return (actor as Actor & { wikidata?: string }).wikidata ?? null;
}

/**
 * Turns a detection into printable records. `actorOf` looks an id up in the knowledge base the
 * detector was built from; an id it does not know (which a consistent caller never passes) prints
 * with null name, kind, country and Wikidata id rather than failing. With `minConfidence`, weaker
 * mentions are left out.
 */
export function detectRecord(
  text: string,
  detection: Detection,
  actorOf: (id: string) => Actor | undefined,
  lang: string | null,
  minConfidence = 0,
): DetectRecord {
  const mentions: MentionRecord[] = [];
  for (const m of detection.mentions) {
    if (m.confidence < minConfidence) continue;
    const actor = m.actorId === null ? undefined : actorOf(m.actorId);
    mentions.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.type,
      actorId: m.actorId,
      name: actor?.name ?? null,
      kind: actor?.kind ?? null,
      country: actor?.country ?? null,
      wikidata: actor ? wikidataOf(actor) : null,
      confidence: m.confidence,
      role: m.role ?? null,
    });
  }
  const topics = detection.topics.map((t) => ({ id: t.topicId, score: t.score, hits: t.hits }));
  return { lang, mentions, topics };
}
