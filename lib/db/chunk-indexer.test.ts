import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DetectorInput } from '../detect/detector-input';
import type { Detector } from '../detect/types';
import { singleChannelExport } from '../io/telegram-fixtures';
import { starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import type { AnalysisDraft } from './analyses';
import {
  type ChunkIndexer,
  type IndexerPort,
  serveIndexer,
  threadIndexer,
  workerIndexer,
} from './chunk-indexer';
import type { BackstoryDB } from './database';
import { CHUNK, importFile } from './import';
import { createDetector, dumpTables, testDb } from './test-db';

const draft = (id: string, text: string): AnalysisDraft => ({
  id,
  url: '',
  title: `Analysis ${id}`,
  source: 'Test',
  publishedAt: '2025-01-01T00:00:00Z',
  text,
  origin: 'import',
});
const knowledge: DetectorInput = { actors: starterActors(), topics: TOPICS };

/** A page and a worker joined by a real MessageChannel: every message is structured-cloned. */
function channel(makeDetector: (input: DetectorInput) => Detector = createDetector) {
  const { port1, port2 } = new MessageChannel();
  serveIndexer(port2 as unknown as IndexerPort, makeDetector);
  port1.start();
  port2.start();
  return { indexer: workerIndexer(port1 as unknown as IndexerPort), close: () => port1.close() };
}

describe('the import worker', () => {
  let close = () => {};
  afterEach(() => close());

  test('indexes through messages exactly as in the thread', async () => {
    const drafts = [
      draft('a', 'Hakan Fidan flew to Moscow to discuss mediation between Russia and Ukraine.'),
      draft('b', 'Ankara and the Kremlin talked about gas, pipelines and energy dependence.'),
      draft('c', 'Nothing here names anyone.'),
    ];
    const here = threadIndexer(createDetector);
    here.setKnowledge(knowledge);
    const remote = channel();
    close = remote.close;
    remote.indexer.setKnowledge(knowledge);
    const expected = await here.index(drafts);
    expect(expected[0]?.actorIds).toEqual(expect.arrayContaining(['person:hakan-fidan', 'state:RU']));
    expect(await remote.indexer.index(drafts)).toEqual(expected);
    expect(remote.indexer.busyMs).toBeGreaterThan(0);
  });

  test('learns new actors for the chunks sent after them', async () => {
    const remote = channel();
    close = remote.close;
    const text = [draft('a', 'Hakan Fidan spoke.')];
    const before = await remote.indexer.index(text);
    remote.indexer.setKnowledge(knowledge);
    const after = await remote.indexer.index(text);
    expect(before[0]?.actorIds).toEqual([]);
    expect(after[0]?.actorIds).toEqual(['person:hakan-fidan']);
  });

  test("a failure in the worker rejects that chunk with the worker's reason", async () => {
    const remote = channel(() => {
      throw new Error('no memory left');
    });
    close = remote.close;
    await expect(remote.indexer.index([draft('a', 'x')])).rejects.toThrow(
      'The import could not index its analyses: no memory left',
    );
  });

  test('a worker that stops rejects every chunk waiting and every chunk after', async () => {
    const port = new EventTarget() as EventTarget & IndexerPort;
    const sent: unknown[] = [];
    port.postMessage = (message) => sent.push(message);
    const indexer = workerIndexer(port);
    const waiting = indexer.index([draft('a', 'x')]);
    port.dispatchEvent(Object.assign(new Event('error'), { message: 'script failed to load' }));
    await expect(waiting).rejects.toThrow('script failed to load');
    await expect(indexer.index([draft('b', 'y')])).rejects.toThrow('script failed to load');
    expect(sent).toHaveLength(1);
  });
});

describe('an import indexed in a worker', () => {
  let db: BackstoryDB;
  let other: BackstoryDB;
  let close = () => {};
  beforeEach(async () => {
    db = await testDb('import-worker');
    other = await testDb('import-thread');
  });
  afterEach(async () => {
    close();
    await db.delete();
    await other.delete();
  });

  test('stores the same rows as one indexed in the thread', async () => {
    const remote = channel();
    close = remote.close;
    const viaWorker = await importFile(db, remote.indexer, new Blob([singleChannelExport()]));
    const inThread = await importFile(other, createDetector, new Blob([singleChannelExport()]));
    expect(viaWorker).toEqual(inThread);
    expect(viaWorker.added).toBe(4);
    const rows = async (of: BackstoryDB) => {
      const { importJournal: _, ...tables } = await dumpTables(of);
      // Block keys and times of entry differ between two runs; the rows they hold must not.
      return JSON.parse(
        JSON.stringify(tables, (key, value) => (key === 'addedAt' || key === 'key' ? undefined : value)),
      );
    };
    expect(await rows(db)).toEqual(await rows(other));
  });

  test('a cancelled import does not wait for a worker that never answers, and writes nothing', async () => {
    const before = await dumpTables(db);
    const silent: ChunkIndexer = { busyMs: 0, setKnowledge() {}, index: () => new Promise(() => {}) };
    const controller = new AbortController();
    const lines = Array.from({ length: CHUNK * 3 }, (_, i) =>
      JSON.stringify({ id: `a${i}`, title: `A ${i}`, text: 'Hakan Fidan spoke.', publishedAt: '2025-01-01' }),
    );
    // The reader gives up and presses Cancel while the import waits for the worker.
    setTimeout(() => controller.abort(new Error('cancelled')), 300);
    const run = importFile(db, silent, new Blob([lines.join('\n')]), { signal: controller.signal });
    await expect(run).rejects.toThrow('cancelled');
    expect(await dumpTables(db)).toEqual(before);
  }, 30_000);
});
