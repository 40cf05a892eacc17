import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { threadIndexer } from '../db/chunk-indexer';
import type { BackstoryDB } from '../db/database';
import { exportBackup } from '../db/export';
import { importFile } from '../db/import';
import { rollbackImport } from '../db/import-journal';
import { emptyReport, ImportRun } from '../db/import-run';
import { createDetector, dumpTables, testDb } from '../db/test-db';
import { backupRecords } from '../io/backup';
import { checkSource } from './check';
import { backgroundIndexer } from './indexer';
import { addSource, removeSource, setSourcePaused, sourceId } from './store';

const FEED = 'https://warontherocks.example/feed/';
const rss = new Uint8Array(readFileSync(join(import.meta.dirname, 'test-feeds', 'rss-wordpress.xml')));
const T0 = Date.parse('2026-11-28T12:00:00Z');

let db: BackstoryDB;
let fresh: BackstoryDB;
beforeEach(async () => {
  db = await testDb('src-backup');
  fresh = await testDb('src-fresh');
});
afterEach(async () => {
  await db.delete();
  await fresh.delete();
});

/** A library subscribed to one feed, checked once (two analyses), paused, with a channel never checked. */
async function subscribed(): Promise<void> {
  const source = await addSource(db, FEED, T0);
  const fetcher = (async () =>
    new Response(rss, { headers: { etag: '"v1"', 'content-type': 'application/rss+xml' } })) as typeof fetch;
  await checkSource(
    {
      db,
      fetch: fetcher,
      indexer: async () => backgroundIndexer(createDetector, null),
      mayFetch: async () => true,
      now: () => T0,
    },
    source.id,
  );
  await setSourcePaused(db, source.id, true);
  await addSource(db, '@grainwire', T0 + 1);
}

const backupOf = async (text: string) =>
  (JSON.parse(await (await exportBackup(db)).text()) as Record<string, unknown>)[text];

describe('sources in a backup', () => {
  test('a backup keeps each subscription and the analyses it added, not the state of its last check', async () => {
    await subscribed();
    const sources = (await backupOf('sources')) as Record<string, unknown>[];
    expect(sources).toHaveLength(2);
    const feed = sources.find((s) => s.url === FEED) ?? {};
    expect(feed).toMatchObject({ kind: 'feed', paused: true, added: 2, intervalMinutes: 120, addedAt: T0 });
    expect([...(feed.items as string[])].sort()).toEqual(
      (await db.sourceItems.where('sourceId').equals(sourceId(FEED)).primaryKeys()).sort(),
    );
    expect(Object.keys(feed).sort()).toEqual(
      ['added', 'addedAt', 'intervalMinutes', 'items', 'kind', 'name', 'paused', 'url'].sort(),
    );
    expect(sources.find((s) => s.kind === 'telegram')).toMatchObject({
      url: 'https://t.me/s/grainwire',
      items: [],
    });
  });

  test('restored into an empty library: subscribed again, due at once, and removable with its analyses', async () => {
    await subscribed();
    const before = Date.now();
    const report = await importFile(fresh, createDetector, await exportBackup(db));
    expect(report).toMatchObject({ added: 2, sourcesAdded: 2, problems: [] });
    const feed = await fresh.sources.get(sourceId(FEED));
    expect(feed).toMatchObject({
      status: 'ok',
      paused: true,
      added: 2,
      failures: 0,
      name: 'War on the Rocks – Analysis',
    });
    expect(feed?.lastCheck).toBeUndefined();
    expect(feed?.etag).toBeUndefined();
    expect(feed?.nextCheck).toBeGreaterThanOrEqual(before);
    expect(await fresh.sourceItems.toArray()).toEqual(await db.sourceItems.toArray());
    await removeSource(fresh, sourceId(FEED), true);
    expect(await fresh.analyses.count()).toBe(0);
  });

  test('a source already subscribed keeps its own state; the import adds none', async () => {
    await subscribed();
    const backup = await exportBackup(db);
    await setSourcePaused(db, sourceId(FEED), false);
    const kept = await db.sources.get(sourceId(FEED));
    const report = await importFile(db, createDetector, backup);
    expect(report.sourcesAdded).toBe(0);
    expect(await db.sources.get(sourceId(FEED))).toEqual(kept);
  });

  test('an invalid source is skipped with its reason; the id comes from the address, not the file', async () => {
    const file = new Blob([
      JSON.stringify({
        format: 'backstory-backup',
        version: 1,
        sources: [
          { kind: 'feed', url: 'ftp://files.example/feed', addedAt: T0 },
          { kind: 'rss', url: FEED, addedAt: T0 },
          { kind: 'feed', url: 'https://user:pw@feeds.example/x', addedAt: T0 },
          { id: 'src:forged', kind: 'feed', url: `${FEED}#top`, addedAt: T0, items: ['page:x'] },
        ],
      }),
    ]);
    const report = await importFile(fresh, createDetector, file);
    // Each reason also has words for the interface: the refused address by the source's own reason.
    expect(report.problems.map((problem) => problem.why)).toEqual([
      { field: 'url', why: { key: 'problemNotWebAddress', params: [] } },
      { field: 'kind', why: { key: 'problemNotSourceKind', params: [] } },
      { field: 'url', why: { key: 'sourceFailCredentials', params: [] } },
    ]);
    expect(report.problems.map(({ why: _why, ...problem }) => problem)).toEqual([
      { position: 'sources[0]', reason: 'url is not an http(s) address' },
      { position: 'sources[1]', reason: 'kind is not feed or telegram' },
      { position: 'sources[2]', reason: 'url: addresses with a user name or password are not read' },
    ]);
    expect(report.sourcesAdded).toBe(1);
    expect((await fresh.sources.toArray()).map((s) => [s.id, s.url])).toEqual([[sourceId(FEED), FEED]]);
    expect(await fresh.sourceItems.toArray()).toEqual([{ analysisId: 'page:x', sourceId: sourceId(FEED) }]);
  });

  test('an import rolled back takes its restored sources and their items away again', async () => {
    await subscribed();
    const empty = await dumpTables(fresh);
    const run = new ImportRun(fresh, threadIndexer(createDetector), 'imp', emptyReport('backstory-backup'));
    for await (const batch of backupRecords(await exportBackup(db))) {
      for (const record of batch.records) if (record.kind === 'source') await run.take(record);
    }
    await run.flush();
    expect(await fresh.sources.count()).toBe(2);
    expect(await fresh.sourceItems.count()).toBe(2);
    await rollbackImport(fresh, 'imp');
    expect(await dumpTables(fresh)).toEqual(empty);
  });
});
