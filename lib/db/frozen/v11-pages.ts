/**
 * A frozen copy of `pagesOf` (lib/db/pages.ts) as of database version 11, for the upgrades (house
 * style, rule 14; issue 14). Never edit it: a later upgrade that needs the helper as it is then
 * copies it anew into a file of its own, and this one keeps doing what the upgrades shipped with.
 */
import type { Table } from 'dexie';

/** Reads a table `size` rows at a time in key order, so that large libraries are read in bounded memory. */
export async function* pagesOf<T>(table: Table<T, string>, size: number): AsyncGenerator<T[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  let last: string | undefined;
  for (;;) {
    const range = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = await range.limit(size).toArray();
    if (page.length === 0) return;
    yield page;
    last = (page[page.length - 1] as Record<string, string>)[keyPath];
  }
}
