import type { Table } from 'dexie';

/** An actor row as version 5 and later store it: `mine` is 1 on the reader's own actors, absent otherwise. */
interface ActorRow {
  id: string;
  userAdded?: boolean;
  mine?: 1;
}

/**
 * Keeps `mine` in step with `userAdded` on every write, whichever code path writes the actor: the
 * index (IndexedDB cannot index `true`) lets the detector read the reader's few actors without
 * reading every packaged one (see upgrade-v5.ts).
 */
export function markOwnActors(actors: Table<ActorRow, string>): void {
  actors.hook('creating', (_key, row) => {
    if (row.userAdded === true) row.mine = 1;
    else delete row.mine;
  });
  actors.hook('updating', (changes, _key, row) => {
    const next = { ...row, ...(changes as Partial<ActorRow>) };
    if (next.userAdded === true) return row.mine === 1 ? undefined : { mine: 1 };
    return row.mine === undefined ? undefined : { mine: undefined };
  });
}
