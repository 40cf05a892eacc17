import type { Transaction } from 'dexie';

/** An actor row as version 5 stores it: `mine` is 1 on the reader's own actors, absent otherwise. */
interface ActorRow {
  id: string;
  userAdded?: boolean;
  mine?: 1;
}

/**
 * Version 4 to 5: the reader's actors get `mine: 1`, indexed (IndexedDB cannot index `true`), so the
 * detector reads the reader's few actors without reading every packaged one. Every later write keeps
 * the field in step (own-actors.ts, live code: it is not part of this upgrade).
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
