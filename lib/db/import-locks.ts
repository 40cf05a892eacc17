/**
 * Imports and the Web Locks API (issue 14, "Imports roll back by the wall clock"). An import holds
 * two locks while it runs: the queue, so imports in two tabs run one after the other in the order
 * they were asked for, and its own, which tells everyone it is alive. A journal is rolled back only
 * by whoever can take its import's lock, so never while that import runs, however long it takes (a
 * slow chunk, a laptop asleep); the browser lets a lock go when its tab or worker goes away. Locks
 * are per origin: the options page, the background and the import worker of one profile share them.
 */

/**
 * The part of `navigator.locks` imports use. The API resolves with what the callback's promise
 * resolves to; the DOM types say `Promise<Promise<T>>`, hence this interface.
 */
export interface ImportLocks {
  request<T>(name: string, callback: (lock: Lock | null) => Promise<T>): Promise<T>;
  request<T>(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<T>): Promise<T>;
}

/** One import at a time, in the order asked. */
export const IMPORT_QUEUE = 'backstory-import';

/** The lock an import holds while it runs: free means its journal is left over. */
export function importLockName(importId: string): string {
  return `${IMPORT_QUEUE}:${importId}`;
}

/**
 * Runs `work` once this import has the queue and its own lock, holding both until `work` settles.
 * `onWait` is called first if another import holds the queue. Aborting `signal` while waiting
 * rejects with its reason and runs nothing.
 */
export async function whileImporting<T>(
  locks: ImportLocks,
  importId: string,
  work: () => Promise<T>,
  options: { signal?: AbortSignal; onWait?: () => void } = {},
): Promise<T> {
  const { signal, onWait } = options;
  const inQueue = (): Promise<T> => locks.request(importLockName(importId), work);
  const first = await locks.request(IMPORT_QUEUE, { ifAvailable: true }, async (lock) =>
    lock ? { value: await inQueue() } : null,
  );
  if (first) return first.value;
  onWait?.();
  return locks.request(IMPORT_QUEUE, signal ? { signal } : {}, inQueue);
}

/**
 * Runs `undo` holding the lock of import `importId` if no one holds it (its import is over: done,
 * failed or its tab gone), and returns true; returns false, running nothing, while it runs.
 */
export async function ifImportEnded(
  locks: ImportLocks,
  importId: string,
  undo: () => Promise<void>,
): Promise<boolean> {
  return locks.request(importLockName(importId), { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await undo();
    return true;
  });
}

/**
 * The browser's Web Locks API; where there is none (Node: unit tests and benchmark scripts), locks
 * that hold within this one JavaScript context (`localLocks`).
 */
export function webLocks(): ImportLocks {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks as unknown as ImportLocks) : localLocks;
}

/**
 * Exclusive locks within one JavaScript context, with the Web Locks API's `ifAvailable` and
 * `signal`: waiters are granted in the order they asked.
 */
export const localLocks: ImportLocks = (() => {
  const queues = new Map<string, (() => void)[]>();
  const release = (name: string) => {
    const queue = queues.get(name) ?? [];
    queue.shift();
    if (queue.length === 0) queues.delete(name);
    else queue[0]?.();
  };
  async function request<T>(name: string, ...args: unknown[]): Promise<T> {
    const [options, callback] = (args.length === 1 ? [{}, args[0]] : args) as [
      LockOptions,
      (lock: Lock | null) => T,
    ];
    const queue = queues.get(name) ?? [];
    if (options.ifAvailable && queue.length > 0) return await callback(null);
    options.signal?.throwIfAborted();
    await new Promise<void>((granted, refused) => {
      const turn = () => {
        options.signal?.removeEventListener('abort', leave);
        granted();
      };
      const leave = () => {
        queue.splice(queue.indexOf(turn), 1);
        refused(options.signal?.reason);
      };
      queue.push(turn);
      queues.set(name, queue);
      if (queue.length === 1) turn();
      else options.signal?.addEventListener('abort', leave, { once: true });
    });
    try {
      return await callback({ name, mode: 'exclusive' } as Lock);
    } finally {
      release(name);
    }
  }
  return { request } as ImportLocks;
})();
