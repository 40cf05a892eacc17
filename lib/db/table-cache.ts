import { Dexie } from 'dexie';

/**
 * A value built from some tables of a database, built once and shared, and dropped after a write to
 * any of those tables in any context of the extension (Dexie reports them all through
 * `storagemutated`: this context's at once, another's a moment later). The one copy of a pattern the
 * related index, the actor kinds, the search catalog, the read gate and the detector each wrote out
 * (issue 14):
 * - callers while a build runs share it: one build, however many ask;
 * - a build that fails is not kept: the next call builds again;
 * - a write to a watched table while a build runs drops it too: a caller after the write gets a new
 *   build, never one that may have read the tables before the write.
 */
export class TableCache<T> {
  #value: Promise<T> | null = null;
  readonly #prefixes: readonly string[];
  readonly #onMutated = (parts: Readonly<Record<string, unknown>>): void => {
    // `all`: Dexie's word for "anything may have changed" (a page restored from the back-forward cache).
    if (Object.keys(parts).some((part) => part === 'all' || this.#prefixes.some((p) => part.startsWith(p))))
      this.drop();
  };

  constructor(
    db: Pick<Dexie, 'name'>,
    tables: readonly string[],
    private readonly build: () => Promise<T>,
  ) {
    this.#prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  }

  /** The value, built now if none is held. */
  get(): Promise<T> {
    if (this.#value === null) {
      // Listening only while a value is held or built: an empty cache costs nothing on a write.
      // Subscribed before the build reads anything, so no write can slip between.
      Dexie.on('storagemutated', this.#onMutated);
      const building = (async () => this.build())();
      this.#value = building;
      building.catch(() => {
        if (this.#value === building) this.drop();
      });
    }
    return this.#value;
  }

  /** Forgets the value: the next `get` builds again. For a write Dexie may report late (another context's). */
  drop(): void {
    this.#value = null;
    Dexie.on('storagemutated').unsubscribe(this.#onMutated);
  }
}

/**
 * One `TableCache` per database, made on first use: `const kindsOf = perDatabase(['actors'], read)`,
 * then `kindsOf(db)`.
 */
export function perDatabase<D extends Dexie, T>(
  tables: readonly string[],
  build: (db: D) => Promise<T>,
): (db: D) => Promise<T> {
  const caches = new WeakMap<D, TableCache<T>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new TableCache(db, tables, () => build(db));
      caches.set(db, cache);
    }
    return cache.get();
  };
}
