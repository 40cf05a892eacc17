import { afterEach, expect, test } from 'vitest';
import { createDetector } from '../detect';
import { TOPICS } from '../kb/topics';
import type { Actor, ActorKind } from '../model';
import { BackstoryDB } from './database';
import { type SeedOptions, type StarterData, seedStarterData } from './seed';
import { actor, note, SAMPLE } from './test-seed';

const opened: BackstoryDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const seed = (db: BackstoryDB, data: StarterData, options?: SeedOptions) =>
  seedStarterData(db, data, createDetector, options);

/** A synthetic knowledge base of `count` actors with ten aliases each; ids from `from` on, the first 200 states. */
function syntheticActors(count: number, version: number, from = 0): Actor[] {
  const kinds: ActorKind[] = ['person', 'organisation', 'place'];
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const kind = i < 200 ? 'state' : (kinds[i % 3] as ActorKind);
    const name = `Synthetic${i.toString(36)} Actor${(i * 7919).toString(36)}`;
    const aliases = Array.from({ length: 10 }, (_, j) => `${name.split(' ')[0]} Alias${j}`);
    return { ...actor(`${kind}:s${i}`, kind, name, version, aliases), country: 'TR', asOf: '2026-01-01' };
  });
}

// The full 25,000 with SEED_BENCH=1 (about 20 s on fake-indexeddb); a fifth of that by default.
const BIG = process.env.SEED_BENCH === '1' ? 25_000 : 5_000;

test(`${BIG} starter actors: a fresh install and an upgrade from today's 309, timed`, {
  timeout: 300_000,
}, async () => {
  const kb = (actors: Actor[]): StarterData => ({ version: 3, actors, topics: TOPICS, samples: [SAMPLE] });
  const timed = async (label: string, run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    console.info(`[seed] ${label}: ${Math.round(performance.now() - start)} ms`);
  };
  const fresh = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(fresh);
  await timed(`fresh install, ${BIG} actors`, () => seed(fresh, kb(syntheticActors(BIG, 3))));
  expect(await fresh.actors.count()).toBe(BIG);

  // Today's database: 309 starter actors, notes on 20 that knowledge base 3 keeps and 20 it drops.
  const db = new BackstoryDB(`seed-${crypto.randomUUID()}`);
  opened.push(db);
  const today = syntheticActors(309, 2);
  await db.actors.bulkPut(today);
  const noted = [...today.slice(200, 220), ...today.slice(250, 270)];
  await db.notes.bulkPut(noted.map((a, i) => note(`n${i}`, a.id)));
  await db.settings.put({ key: 'starterVersion', value: 2 });
  // Knowledge base 3 keeps the first 250 and adds the rest.
  const next = kb([...syntheticActors(BIG - 250, 3, 1000), ...syntheticActors(250, 3)]);
  const start = performance.now();
  const onProgress = (done: number) =>
    console.info(`[seed]   ${done} actors stored at ${Math.round(performance.now() - start)} ms`);
  await timed(`upgrade 309 -> ${BIG} actors`, () => seed(db, next, { onProgress }));
  expect(await db.actors.count()).toBe(BIG + 20);
  expect(await db.actors.filter((a) => a.retired === '3').count()).toBe(20);
  expect(await db.notes.count()).toBe(40);
  await timed('second run', () => seed(db, next));
});
