import type { Actor } from '../model';
import { deleteActor, mergeActors } from './actors-admin';
import type { BackstoryDB } from './database';
import { DISMISSED_NAMES, type DismissedName } from './learning';
import { getSetting, setSetting } from './settings';

/** The learned actors (issue 12), most recently learned last. */
export async function learnedActors(db: BackstoryDB): Promise<Actor[]> {
  return (await db.actors.where('mine').equals(1).toArray()).filter((a) => a.learned !== undefined);
}

/** Confirms a learned actor: it becomes the reader's own, like an actor they added. */
export async function confirmLearned(db: BackstoryDB, id: string): Promise<Actor> {
  return db.transaction('rw', db.actors, async () => {
    const actor = await db.actors.get(id);
    if (!actor?.learned) throw new Error('That actor is not a learned actor any more.');
    const { learned: _, ...own } = actor;
    const confirmed: Actor = { ...own, userAdded: true };
    await db.actors.put(confirmed);
    return confirmed;
  });
}

/**
 * Dismisses a learned actor: it goes with its mentions (its notes stay, as notes on their pages), and
 * its name is never learned again. Returns the dismissed name.
 */
export async function dismissLearned(db: BackstoryDB, id: string): Promise<DismissedName> {
  const actor = await db.actors.get(id);
  if (!actor?.learned) throw new Error('That actor is not a learned actor any more.');
  const dismissed: DismissedName = { key: actor.learned.key, form: actor.name };
  await remember(db, dismissed);
  await deleteActor(db, id);
  return dismissed;
}

/**
 * Merges a learned actor into another actor (a known one, most often): its forms become the other's
 * aliases, and its mentions, analyses and notes follow (`mergeActors`). The name is not learned again.
 */
export async function mergeLearned(db: BackstoryDB, id: string, intoId: string): Promise<Actor> {
  const actor = await db.actors.get(id);
  if (!actor?.learned) throw new Error('That actor is not a learned actor any more.');
  const merged = await mergeActors(db, id, intoId);
  await remember(db, { key: actor.learned.key, form: actor.name, into: intoId });
  return merged;
}

/** Merges one actor into another; a learned actor's name is then not learned again (`mergeLearned`). */
export async function mergeActor(db: BackstoryDB, fromId: string, intoId: string): Promise<Actor> {
  const from = await db.actors.get(fromId);
  return from?.learned ? mergeLearned(db, fromId, intoId) : mergeActors(db, fromId, intoId);
}

/** The names the reader dismissed or merged. */
export function dismissedNames(db: BackstoryDB): Promise<DismissedName[]> {
  return getSetting<DismissedName[]>(db, DISMISSED_NAMES, []);
}

async function remember(db: BackstoryDB, name: DismissedName): Promise<void> {
  await db.transaction('rw', [db.settings, db.nameSightings], async () => {
    const list = (await dismissedNames(db)).filter((d) => d.key !== name.key);
    await setSetting(db, DISMISSED_NAMES, [...list, name]);
    await db.nameSightings.delete(name.key);
  });
}
