import { Dexie } from 'dexie';
import type { ActorKind } from '../model';
import type { BackstoryDB } from './database';

const kinds = new WeakMap<BackstoryDB, Promise<Map<string, ActorKind>>>();
const watched = new WeakSet<BackstoryDB>();

/**
 * The kind of every actor, read once and again after any change to actors. A related query needs
 * the kinds of the page's 30 actors: 30 IndexedDB reads were a third of its time.
 */
export function actorKinds(db: BackstoryDB): Promise<Map<string, ActorKind>> {
  if (!watched.has(db)) {
    watched.add(db);
    const prefix = `idb://${db.name}/actors/`;
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) kinds.delete(db);
    });
  }
  let known = kinds.get(db);
  if (!known) {
    known = readKinds(db);
    kinds.set(db, known);
    known.catch(() => kinds.delete(db));
  }
  return known;
}

async function readKinds(db: BackstoryDB): Promise<Map<string, ActorKind>> {
  // Keys only, from the `kind` index: the two reads walk it in the same order, so they line up.
  const [kindKeys, ids] = await db.transaction('r', db.actors, () =>
    Promise.all([db.actors.orderBy('kind').keys(), db.actors.orderBy('kind').primaryKeys()]),
  );
  return new Map(ids.map((id, i) => [id, kindKeys[i] as ActorKind]));
}
