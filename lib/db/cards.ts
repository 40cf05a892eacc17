import type { ActorSummary, CardData } from '../messaging/contract';
import type { Actor } from '../model';
import type { BackstoryDB } from './database';
import { notesOnActor } from './notes';
import { relatedAnalyses } from './related';

/** The part of an actor that crosses to a page: never its full alias list. */
export function summarise(actor: Actor): ActorSummary {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    description: actor.description,
    ...(actor.asOf ? { asOf: actor.asOf } : {}),
    ...(actor.learned ? { learned: true } : {}),
  };
}

/**
 * What a hover card shows for an actor met on `url`; null when the actor is unknown. `packaged` names
 * a packaged actor the database does not hold yet (the first seed is still running).
 */
export async function cardData(
  db: BackstoryDB,
  actorId: string,
  url: string,
  packaged: (id: string) => Promise<ActorSummary | null> = async () => null,
): Promise<CardData | null> {
  const stored = await db.actors.get(actorId);
  const actor = stored ? summarise(stored) : await packaged(actorId);
  if (!actor) return null;
  const [analyses, notes] = await Promise.all([
    relatedAnalyses(db, { actors: new Map([[actorId, 1]]), topics: new Map(), excludeUrl: url, limit: 5 }),
    notesOnActor(db, actorId),
  ]);
  return { actor, analyses, notes };
}
