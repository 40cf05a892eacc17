import type { Actor } from '../model';
import { dedupeAliases } from './dedupe-aliases';
import { metonymsOf } from './metonyms';
import { organisations } from './organisations';
import { people } from './people';
import { places } from './places';
import { STATES } from './states.generated';

/**
 * Version of the starter data. Bump it whenever any file in `lib/kb/` changes the actors: the
 * database reseeds the non-user actors when it differs from the stored one.
 */
export const STARTER_KB_VERSION = 3;

/**
 * Every starter actor: states, organisations, places and people, with the curated metonyms merged
 * into their actors' aliases. Ids are unique; no actor has an empty or repeated alias.
 */
export function starterActors(): Actor[] {
  const all = [...STATES, ...organisations(), ...places(), ...people()];
  return all.map((actor) => ({
    ...actor,
    aliases: dedupeAliases([...actor.aliases, ...metonymsOf(actor.id)]),
  }));
}
