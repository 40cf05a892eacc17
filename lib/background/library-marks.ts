import { Dexie } from 'dexie';
import type { BackstoryDB } from '../db/database';
import { actorsWithSomething } from '../db/library-presence';

/** The tables whose changes can change what the library has on an actor. */
const TABLES = ['analyses', 'notes', 'searchTerms', 'searchBlocks'];

/**
 * Whether the library has something (an analysis, a note) on an actor, answered from memory once
 * asked: each page visit looks up only the actors not seen since the last change. The answers are
 * dropped when analyses, notes or the search index change in any context of the extension (Dexie's
 * `storagemutated`, as `ReadGate` does for settings) or through `invalidate`. One boolean per actor
 * met, so at most one per known actor.
 */
export class LibraryMarks {
  readonly #known = new Map<string, boolean>();
  /** Bumped by every invalidation: an answer read before it must not be kept. */
  #generation = 0;

  constructor(private readonly db: BackstoryDB) {
    const prefixes = TABLES.map((table) => `idb://${db.name}/${table}/`);
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))))
        this.invalidate();
    });
  }

  /** Of `actorIds`, those the library has something on. */
  async withSomething(actorIds: readonly string[]): Promise<Set<string>> {
    const result = new Set(actorIds.filter((id) => this.#known.get(id) === true));
    const unknown = actorIds.filter((id) => !this.#known.has(id));
    if (unknown.length === 0) return result;
    const generation = this.#generation;
    const found = await actorsWithSomething(this.db, unknown);
    if (generation === this.#generation) for (const id of unknown) this.#known.set(id, found.has(id));
    for (const id of found) result.add(id);
    return result;
  }

  invalidate(): void {
    this.#generation++;
    this.#known.clear();
  }
}
