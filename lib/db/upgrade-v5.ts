import type { Table, Transaction } from 'dexie';

/** An actor row as version 5 stores it: `mine` is 1 on the reader's own actors, absent otherwise. */
interface ActorRow {
  id: string;
  userAdded?: boolean;
  mine?: 1;
}

/**
 * Version 4 to 5: the reader's actors get `mine: 1`, indexed (IndexedDB cannot index `true`), so the
 * detector reads the reader's few actors without reading every packaged one.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table<ActorRow, string>('actors')
    .toCollection()
    .modify((row) => {
      if (row.userAdded === true) row.mine = 1;
      else delete row.mine;
    });
}

/** Keeps `mine` in step with `userAdded` on every write, whichever code path writes the actor. */
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
