/** The part of `navigator.storage` this needs (absent in some contexts and in Node). */
export interface PersistentStorage {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/**
 * Asks the browser to keep the database through storage pressure (the StorageManager API): true when
 * the storage is, or now becomes, persistent; false when the browser refuses or cannot tell.
 */
export async function requestPersistence(
  storage: PersistentStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    // A browser that refuses by throwing (some private modes) has simply not granted it.
    return false;
  }
}
