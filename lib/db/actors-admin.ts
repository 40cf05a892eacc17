import type { Actor, ActorKind, Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { moveMention, readMentionSets } from './mention-sets';
import { actorRows, newBlockId } from './search-terms';
import { fold } from './search-words';

const KINDS: readonly ActorKind[] = ['person', 'state', 'organisation', 'place'];

/** What `deleteActor` removed, so `undoDelete` can put it back exactly. */
export interface DeletedActor {
  actor: Actor;
  /** The mention block that took the actor out of its analyses' mention sets; undo deletes it. */
  mentionBlock: string | null;
  /** Analyses that named the actor, with their actor lists as they were. */
  analyses: { id: string; actorIds: string[] }[];
  /** The actor's notes as they were; they stay in the library as page notes. */
  notes: Note[];
}

/** Checks an actor; the reason it cannot be saved, or null. */
export function actorProblem(actor: Actor): string | null {
  if (actor.name.trim() === '') return 'The actor needs a name.';
  if (!KINDS.includes(actor.kind)) return 'The actor must be a person, state, organisation or place.';
  const seen = new Set<string>();
  for (const alias of actor.aliases) {
    const key = fold(alias.text.trim());
    if (key === '') return 'An alias is empty.';
    if (seen.has(key)) return `The alias "${alias.text.trim()}" is there twice.`;
    seen.add(key);
  }
  return null;
}

/**
 * Stores an actor the reader added or edited (marked `userAdded`, so starter refreshes leave it alone);
 * a new actor without an id gets `user:<uuid>`. Throws with the reason when it is not valid.
 */
export async function saveActor(db: BackstoryDB, actor: Actor): Promise<Actor> {
  const problem = actorProblem(actor);
  if (problem !== null) throw new Error(problem);
  // An actor the reader keeps is theirs, no longer a retired starter actor.
  const { retired: _retired, ...kept } = actor;
  const saved: Actor = {
    ...kept,
    id: actor.id || `user:${crypto.randomUUID()}`,
    name: actor.name.trim(),
    aliases: actor.aliases.map((a) => ({ ...a, text: a.text.trim() })),
    userAdded: true,
  };
  await db.actors.put(saved);
  return saved;
}

/**
 * Merges `fromId` into `intoId` in one transaction: the aliases join (with the old name as one),
 * mentions, analyses and notes move over, and `fromId` is gone.
 */
export async function mergeActors(db: BackstoryDB, fromId: string, intoId: string): Promise<Actor> {
  if (fromId === intoId) throw new Error('An actor cannot be merged into itself.');
  const tables = [db.actors, db.mentionBlocks, db.analyses, db.notes, db.searchBlocks, db.searchTerms];
  return db.transaction('rw', tables, async () => {
    const [from, into] = await db.actors.bulkGet([fromId, intoId]);
    if (!from || !into) throw new Error('One of the two actors is not in your library any more.');
    const known = new Set([into.name, ...into.aliases.map((a) => a.text)].map(fold));
    const aliases = [...into.aliases];
    for (const alias of [{ text: from.name, role: 'name' as const }, ...from.aliases]) {
      if (known.has(fold(alias.text))) continue;
      known.add(fold(alias.text));
      aliases.push(alias);
    }
    const merged: Actor = { ...into, aliases, userAdded: true };
    const moved = await moveMentions(db, fromId, intoId);
    const updated: Analysis[] = [];
    await updateAnalyses(db, moved.analysisIds, (a) => {
      const changed = { ...a, actorIds: [...new Set(a.actorIds.map((id) => (id === fromId ? intoId : id)))] };
      updated.push(changed);
      return changed;
    });
    if (updated.length > 0) {
      // The search index lists the moved analyses under the actor they now name (see `actorTerm`).
      const { block, terms } = actorRows(
        updated.map(({ id, publishedAt }) => ({ id, publishedAt, actorIds: [intoId] })),
      );
      await db.searchBlocks.put(block);
      await db.searchTerms.bulkPut(terms);
    }
    await db.notes.where('actorId').equals(fromId).modify({ actorId: intoId });
    await db.actors.put(merged);
    await db.actors.delete(fromId);
    return merged;
  });
}

/**
 * Moves an actor's mentions to another actor (or drops them, for null) in a new mention block.
 * Returns the block's key (null when no analysis names the actor) and the analyses that named it.
 */
async function moveMentions(
  db: BackstoryDB,
  fromId: string,
  intoId: string | null,
): Promise<{ block: string | null; analysisIds: string[] }> {
  const sets = [...(await readMentionSets(db)).values()].filter((set) => set.actorIds.includes(fromId));
  if (sets.length === 0) return { block: null, analysisIds: [] };
  const block = newBlockId();
  await db.mentionBlocks.put({ key: block, sets: sets.map((set) => moveMention(set, fromId, intoId)) });
  return { block, analysisIds: sets.map((set) => set.analysisId) };
}

/** Rewrites the given analyses, in slices: a state can be named in tens of thousands of them. */
async function updateAnalyses(
  db: BackstoryDB,
  ids: readonly string[],
  change: (analysis: Analysis, index: number) => Analysis,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const stored = await db.analyses.bulkGet(ids.slice(i, i + 500));
    await db.analyses.bulkPut(stored.flatMap((a, j) => (a ? [change(a, i + j)] : [])));
  }
}

/**
 * Deletes an actor and its mentions. Its notes are kept as notes on their page (only the link to the
 * actor goes). Returns what `undoDelete` needs; null when there was no such actor.
 */
export async function deleteActor(db: BackstoryDB, id: string): Promise<DeletedActor | null> {
  return db.transaction('rw', [db.actors, db.mentionBlocks, db.analyses, db.notes], async () => {
    const actor = await db.actors.get(id);
    if (!actor) return null;
    const moved = await moveMentions(db, id, null);
    const analyses: DeletedActor['analyses'] = [];
    await updateAnalyses(db, moved.analysisIds, (a) => {
      analyses.push({ id: a.id, actorIds: a.actorIds });
      return { ...a, actorIds: a.actorIds.filter((x) => x !== id) };
    });
    const notes = await db.notes.where('actorId').equals(id).toArray();
    await db.notes.bulkPut(notes.map(({ actorId: _, ...note }) => note));
    await db.actors.delete(id);
    return { actor, mentionBlock: moved.block, analyses, notes };
  });
}

/** Puts back what `deleteActor` removed: the actor, its mentions, the analyses' actor lists, its notes. */
export async function undoDelete(db: BackstoryDB, deleted: DeletedActor | null): Promise<void> {
  if (!deleted) return;
  await db.transaction('rw', [db.actors, db.mentionBlocks, db.analyses, db.notes], async () => {
    await db.actors.put(deleted.actor);
    if (deleted.mentionBlock !== null) await db.mentionBlocks.delete(deleted.mentionBlock);
    const { analyses } = deleted;
    await updateAnalyses(
      db,
      analyses.map((a) => a.id),
      (a, i) => ({ ...a, actorIds: analyses[i]?.actorIds ?? a.actorIds }),
    );
    await db.notes.bulkPut(deleted.notes);
  });
}
