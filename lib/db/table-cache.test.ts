import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BackstoryDB } from './database';
import { perDatabase, TableCache } from './table-cache';

let db: BackstoryDB;
beforeEach(async () => {
  db = new BackstoryDB(`table-cache-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

/** A build that counts its runs and returns the run's number, after `gate` (when given) opens. */
function counted(gate?: Promise<void>) {
  const counter = { runs: 0, build: async () => 0 };
  counter.build = async () => {
    const run = ++counter.runs;
    await gate;
    return run;
  };
  return counter;
}

/** A promise and the function that settles it. */
function opening(): { gate: Promise<void>; open(): void } {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { gate, open };
}

const ACTOR = { id: 'user:1', name: 'Timur Sadykov', kind: 'person' as const, description: '', aliases: [] };

test('callers while a build runs share it, and later callers get the same value', async () => {
  const { gate, open } = opening();
  const counter = counted(gate);
  const cache = new TableCache(db, ['actors'], counter.build);
  const waiting = [cache.get(), cache.get(), cache.get()];
  open();
  expect(await Promise.all(waiting)).toEqual([1, 1, 1]);
  expect(await cache.get()).toBe(1);
  expect(counter.runs).toBe(1);
});

test('a failed build is not kept: the callers it had see the error, the next call builds again', async () => {
  let runs = 0;
  const cache = new TableCache(db, ['actors'], async () => {
    runs++;
    if (runs === 1) throw new Error('disk full');
    return runs;
  });
  await expect(Promise.all([cache.get(), cache.get()])).rejects.toThrow('disk full');
  expect(await cache.get()).toBe(2);
  expect(await cache.get()).toBe(2);
});

test('a build that throws before its first await fails the same way', async () => {
  let runs = 0;
  const cache = new TableCache(db, ['actors'], () => {
    runs++;
    if (runs === 1) throw new Error('no database');
    return Promise.resolve(runs);
  });
  await expect(cache.get()).rejects.toThrow('no database');
  expect(await cache.get()).toBe(2);
});

test('an old build failing after a newer one started leaves the newer one in place', async () => {
  const first = opening();
  let runs = 0;
  const cache = new TableCache(db, ['actors'], async () => {
    runs++;
    if (runs === 1) {
      await first.gate;
      throw new Error('stale read failed');
    }
    return runs;
  });
  const old = cache.get();
  cache.drop();
  expect(await cache.get()).toBe(2);
  first.open();
  await expect(old).rejects.toThrow('stale read failed');
  expect(await cache.get()).toBe(2);
  expect(runs).toBe(2);
});

test('a write to a watched table drops the value; a write to another table keeps it', async () => {
  const counter = counted();
  const cache = new TableCache(db, ['actors', 'topics'], counter.build);
  expect(await cache.get()).toBe(1);
  await db.notes.put({
    id: 'n1',
    text: 'a note',
    url: 'https://a.org/',
    pageTitle: 'A',
    createdAt: 1,
    updatedAt: 1,
  });
  await db.analyses.clear();
  expect(await cache.get()).toBe(1);
  await db.actors.put(ACTOR);
  expect(await cache.get()).toBe(2);
  await db.topics.delete('nothing');
  expect(await cache.get()).toBe(3);
});

test('a write to a watched table while a build runs drops that build for every later caller', async () => {
  const { gate, open } = opening();
  const counter = counted(gate);
  const cache = new TableCache(db, ['actors'], counter.build);
  const before = cache.get();
  await db.actors.put(ACTOR);
  const after = cache.get();
  open();
  // The caller that asked before the write gets the build it joined; the one after, a new build.
  expect(await before).toBe(1);
  expect(await after).toBe(2);
  expect(await cache.get()).toBe(2);
});

test('a write through another connection (another context of the extension) drops the value', async () => {
  const counter = counted();
  const cache = new TableCache(db, ['actors'], counter.build);
  expect(await cache.get()).toBe(1);
  const elsewhere = new BackstoryDB(db.name);
  await elsewhere.actors.put(ACTOR);
  elsewhere.close();
  await expect.poll(() => cache.get()).toBe(2);
});

test('a write to another database of the same tables keeps the value', async () => {
  const counter = counted();
  const cache = new TableCache(db, ['actors'], counter.build);
  expect(await cache.get()).toBe(1);
  const other = new BackstoryDB(`${db.name}-other`);
  await other.actors.put(ACTOR);
  await other.delete();
  expect(await cache.get()).toBe(1);
});

test('Dexie’s "anything may have changed" drops the value', async () => {
  const counter = counted();
  const cache = new TableCache(db, ['actors'], counter.build);
  expect(await cache.get()).toBe(1);
  Dexie.on('storagemutated').fire({ all: {} });
  expect(await cache.get()).toBe(2);
});

test('drop forgets the value; an empty cache listens to no write', async () => {
  const counter = counted();
  const cache = new TableCache(db, ['actors'], counter.build);
  const listening = () =>
    (Dexie.on('storagemutated') as unknown as { subscribers: unknown[] }).subscribers.length;
  const idle = listening();
  expect(await cache.get()).toBe(1);
  expect(listening()).toBe(idle + 1);
  cache.drop();
  expect(listening()).toBe(idle);
  expect(await cache.get()).toBe(2);
  await db.actors.put(ACTOR);
  expect(listening()).toBe(idle);
});

test('perDatabase keeps one cache per database', async () => {
  let runs = 0;
  const nameRun = perDatabase(['actors'], async (of: BackstoryDB) => `${of.name}:${++runs}`);
  const other = new BackstoryDB(`${db.name}-other`);
  expect(await nameRun(db)).toBe(`${db.name}:1`);
  expect(await nameRun(other)).toBe(`${other.name}:2`);
  expect(await nameRun(db)).toBe(`${db.name}:1`);
  await db.actors.put(ACTOR);
  expect(await nameRun(db)).toBe(`${db.name}:3`);
  expect(await nameRun(other)).toBe(`${other.name}:2`);
  await other.delete();
});
