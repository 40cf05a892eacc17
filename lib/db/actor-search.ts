import type { Actor } from '../model';
import type { BackstoryDB } from './database';
import { fold } from './search-words';

/**
 * Actors whose name, an alias or id contains `query`, folded as search folds ("erdogan" finds
 * "Erdoğan"), at most `limit`, those whose name starts with it first. Retired actors are left out.
 * An empty query finds none: the list of 20,000 actors is never sent whole.
 */
export async function findActors(db: BackstoryDB, query: string, limit: number): Promise<Actor[]> {
  const wanted = fold(query.trim());
  if (wanted === '') return [];
  const found = await db.actors
    .filter(
      (actor) =>
        actor.retired === undefined &&
        [actor.name, actor.id, ...actor.aliases.map((alias) => alias.text)].some((text) =>
          fold(text).includes(wanted),
        ),
    )
    .limit(limit * 4)
    .toArray();
  const starts = (actor: Actor) => (fold(actor.name).startsWith(wanted) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b) || a.name.length - b.name.length).slice(0, limit);
}
