import type { Table } from 'dexie';

/**
 * Reads a table `size` rows at a time in key order, so that large libraries are read in bounded
 * memory (exports, upgrades).
 */
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
