import { findActors } from '../db/actor-search';
import { saveActor } from '../db/actors-admin';
import { summarise } from '../db/cards';
import type { BackstoryDB } from '../db/database';
import { confirmLearned, dismissLearned, mergeActor } from '../db/learned-admin';
import type { LearnedMethods } from '../messaging/contract';
import type { Handlers } from '../messaging/router';

/** What the learned actors' handlers need. */
export interface LearnedServices {
  db: BackstoryDB;
  /** Rebuilds the detector and reads every tab again: pages show the change at once. */
  knowledgeChanged(): Promise<void>;
}

/**
 * The popup's and side panel's actions on learned actors (issue 12). They call the functions the
 * options page calls, so there is one write path; extension pages only (`authorize`).
 */
export function learnedHandlers({
  db,
  knowledgeChanged,
}: LearnedServices): Handlers<LearnedMethods, unknown> {
  const changed = async <T>(value: T): Promise<T> => {
    await knowledgeChanged();
    return value;
  };
  return {
    confirmLearned: async ({ actorId }) => changed(summarise(await confirmLearned(db, actorId))),
    async dismissLearned({ actorId }) {
      await dismissLearned(db, actorId);
      return changed(null);
    },
    async editActor({ actorId, name, addAliases }) {
      const actor = await db.actors.get(actorId);
      if (!actor) throw new Error('This actor is not in your library any more.');
      const have = new Set([name, ...actor.aliases.map((a) => a.text)].map((t) => t.trim().toLowerCase()));
      const added = addAliases
        .map((text) => text.trim())
        .filter((text) => text !== '' && !have.has(text.toLowerCase()) && have.add(text.toLowerCase()));
      // The old name stays findable: it becomes an alias when the reader renames.
      const old =
        actor.name.trim() !== name.trim() && !have.has(actor.name.toLowerCase()) ? [actor.name] : [];
      const saved = await saveActor(db, {
        ...actor,
        name,
        aliases: [...actor.aliases, ...[...old, ...added].map((text) => ({ text, role: 'name' as const }))],
      });
      return changed(summarise(saved));
    },
    mergeActor: async ({ fromId, intoId }) => changed(summarise(await mergeActor(db, fromId, intoId))),
    findActors: async ({ query, limit }) => (await findActors(db, query, limit)).map(summarise),
  };
}
