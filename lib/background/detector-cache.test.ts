import { afterEach, describe, expect, test } from 'vitest';
import { BackstoryDB } from '../db/database';
import { setSetting } from '../db/settings';
import { createDetector } from '../detect';
import { compileKb } from '../detect/compiled-kb';
import { packagedBase } from '../detect/packaged-base';
import { starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import { DetectorCache } from './detector-cache';

const file = compileKb(starterActors());
const base = packagedBase(
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
);
const TEXT = 'Hakan Fidan flew to Moscow to mediate between Russia and Ukraine; Timur Sadykov joined him.';
const opened: BackstoryDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function emptyDb(): Promise<BackstoryDB> {
  const db = new BackstoryDB(`cache-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  return db;
}

describe('the detector cache with the packaged base', () => {
  test('detects and names packaged actors before the library holds any, with the packaged topics', async () => {
    const db = await emptyDb();
    const cache = new DetectorCache(db, createDetector, Promise.resolve(), Promise.resolve(base), TOPICS);
    const knowledge = await cache.knowledge();
    const detection = knowledge.detector.detect(TEXT);
    expect(detection.mentions.map((m) => m.actorId)).toContain('person:hakan-fidan');
    expect(detection.topics.map((t) => t.topicId)).toContain('mediation');
    expect(knowledge.actor('person:hakan-fidan')?.name).toBe('Hakan Fidan');
    expect(knowledge.actor('person:nobody')).toBeNull();
  });

  test('adds the reader’s own actors and hides the packaged ones the reader removed', async () => {
    const db = await emptyDb();
    await db.actors.bulkPut([
      {
        id: 'user:1',
        name: 'Timur Sadykov',
        kind: 'person',
        description: 'Deputy minister',
        aliases: [],
        userAdded: true,
      },
      { id: 'state:RU', name: 'Russia', kind: 'state', description: '', aliases: [] },
    ]);
    // The last seed wrote Ukraine; the reader deleted it since.
    await setSetting(db, 'starterActorIds', ['state:RU', 'state:UA']);
    const cache = new DetectorCache(db, createDetector, Promise.resolve(), Promise.resolve(base), TOPICS);
    const knowledge = await cache.knowledge();
    const ids = knowledge.detector.detect(TEXT).mentions.map((m) => m.actorId);
    expect(ids).toContain('user:1');
    expect(ids).toContain('state:RU');
    expect(ids).not.toContain('state:UA');
    expect(knowledge.actor('user:1')?.description).toBe('Deputy minister');
  });

  test('follows actors, topics and removals written anywhere, without being told (issue 14)', async () => {
    const db = await emptyDb();
    await setSetting(db, 'starterActorIds', ['state:RU', 'state:UA']);
    await db.actors.put({ id: 'state:UA', name: 'Ukraine', kind: 'state', description: '', aliases: [] });
    const cache = new DetectorCache(db, createDetector, Promise.resolve(), Promise.resolve(base), TOPICS);
    const ids = async () => (await cache.knowledge()).detector.detect(TEXT).mentions.map((m) => m.actorId);
    expect(await ids()).not.toContain('user:1');
    // Written as the options page or the import worker would, through another connection.
    const elsewhere = new BackstoryDB(db.name);
    await elsewhere.actors.put({
      id: 'user:1',
      name: 'Timur Sadykov',
      kind: 'person',
      description: '',
      aliases: [],
      userAdded: true,
    });
    await expect.poll(ids).toContain('user:1');
    expect(await ids()).toContain('state:UA');
    await elsewhere.actors.delete('state:UA');
    await expect.poll(ids).not.toContain('state:UA');
    elsewhere.close();
  });

  test('a failed read is not kept: the next page builds again', async () => {
    const db = await emptyDb();
    let fail = true;
    const cache = new DetectorCache(
      db,
      (input) => {
        if (fail) throw new Error('out of memory');
        return createDetector(input);
      },
      Promise.resolve(),
      Promise.resolve(base),
      TOPICS,
    );
    await expect(cache.knowledge()).rejects.toThrow('out of memory');
    fail = false;
    expect((await cache.knowledge()).actor('person:hakan-fidan')?.name).toBe('Hakan Fidan');
  });
});

describe('the detector cache when the packaged base cannot be read', () => {
  test('a damaged kb/base.bin.gz falls back to the actors in the library: pages are still read', async () => {
    const db = await emptyDb();
    await db.actors.bulkPut(starterActors());
    const damaged = file.slice(0, file.length - 100).buffer as ArrayBuffer;
    const failed = (async () => packagedBase(damaged))();
    const cache = new DetectorCache(db, createDetector, Promise.resolve(), failed, TOPICS);
    await expect(failed).rejects.toThrow(/truncated or corrupt/);
    const knowledge = await cache.knowledge();
    expect(knowledge.detector.detect(TEXT).mentions.map((m) => m.actorId)).toContain('person:hakan-fidan');
    expect(knowledge.shipped('person:hakan-fidan')).toBe(true);
  });
});
