import type { BackstoryDB } from './database';

/** Reads a setting; `fallback` when it was never written. */
export async function getSetting<T>(db: BackstoryDB, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: BackstoryDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
