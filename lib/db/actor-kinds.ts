import type { ActorKind } from '../model';
import type { BackstoryDB } from './database';
import { perDatabase } from './table-cache';

/**
 * The kind of every actor, read once and again after any change to actors. A related query needs
 * the kinds of the page's 30 actors: 30 IndexedDB reads were a third of its time.
 */
export const actorKinds: (db: BackstoryDB) => Promise<Map<string, ActorKind>> = perDatabase(
  ['actors'],
  (db: BackstoryDB) => readKinds(db),
);

const KIND_OF_PREFIX: Record<string, ActorKind> = {
  person: 'person',
  state: 'state',
  org: 'organisation',
  place: 'place',
};

/**
 * The kinds read from the database, and for a packaged actor it does not hold yet (the first seed
 * writes 20,000 of them in chunks) the kind its id spells: `person:…`, `state:…`, `org:…`, `place:…`.
 */
class Kinds extends Map<string, ActorKind> {
  override get(id: string): ActorKind | undefined {
    return super.get(id) ?? KIND_OF_PREFIX[id.slice(0, id.indexOf(':'))];
  }
}

async function readKinds(db: BackstoryDB): Promise<Map<string, ActorKind>> {
  // Keys only, from the `kind` index: the two reads walk it in the same order, so they line up.
  const [kindKeys, ids] = await db.transaction('r', db.actors, () =>
    Promise.all([db.actors.orderBy('kind').keys(), db.actors.orderBy('kind').primaryKeys()]),
  );
  return new Kinds(ids.map((id, i) => [id, kindKeys[i] as ActorKind]));
}
