/**
 * Sources benchmark (issue 15): `npm run bench:sources`. In Node, on an in-memory IndexedDB
 * (fake-indexeddb), with the starter knowledge base in the library and detection in this thread, as
 * the background's checks run:
 * - the time to ingest a 1,000-item RSS feed (about 1,500 characters an item) on a first check,
 *   beside the same 1,000 analyses imported as JSON Lines through `importFile` (the import pipeline);
 * - the cost of an unchanged refresh: requests made and rows written (every table counted) and its
 *   time, for a server answering 304 and for one without validators sending the same body, beside
 *   the first check's time;
 * - the heap while a 10,000-item feed is read (peak over the check, sampled every 5 ms, after a GC),
 *   beside the same 10,000 analyses imported as JSON Lines (streamed) and the feed's size.
 * Run with `node --expose-gc` (the script does) for the heap figures.
 */
import 'fake-indexeddb/auto';
import { type BackstoryDB, BackstoryDB as DB } from '../lib/db/database';
import { importFile } from '../lib/db/import';
import { createDetector } from '../lib/detect';
import { starterActors } from '../lib/kb/starter';
import { TOPICS } from '../lib/kb/topics';
import { type CheckDeps, checkSource } from '../lib/sources/check';
import { backgroundIndexer } from '../lib/sources/indexer';
import { addSource } from '../lib/sources/store';

const NAMES = [
  'Hakan Fidan',
  'Sergey Lavrov',
  'NATO',
  'the European Union',
  'Qatar',
  'Iran',
  'Ankara',
  'Gazprom',
];
const PARAGRAPH =
  'officials met on Tuesday to discuss the grain corridor, sanctions on energy exports and a possible ceasefire. The talks, which lasted most of the day, ended without a joint statement, though both sides said they would meet again. ';

function itemText(i: number): string {
  const a = NAMES[i % NAMES.length];
  const b = NAMES[(i * 7 + 3) % NAMES.length];
  return `${a} and ${b}: ${PARAGRAPH.repeat(5)}Item ${i}.`;
}

function rssFeed(n: number): string {
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<item><title>Analysis ${i}</title><link>https://bench.example/a/${i}</link><guid>g${i}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString()}</pubDate><description><![CDATA[<p>${itemText(i)}</p>]]></description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title><link>https://bench.example/</link>${items.join('')}</channel></rss>`;
}

function jsonl(n: number): Blob {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `j${i}`,
      url: `https://bench.example/j/${i}`,
      title: `Analysis ${i}`,
      text: itemText(i),
      publishedAt: '2026-01-01T00:00:00Z',
    }),
  );
  return new Blob([`${lines.join('\n')}\n`]);
}

async function freshDb(): Promise<BackstoryDB> {
  const db = new DB(`bench-${crypto.randomUUID()}`);
  await db.actors.bulkPut(starterActors());
  await db.topics.bulkPut(TOPICS);
  return db;
}

function server(body: string, etag?: string) {
  let requests = 0;
  const fetcher = (async (_: unknown, init?: RequestInit) => {
    requests += 1;
    if (etag && new Headers(init?.headers).get('if-none-match') === etag)
      return new Response(null, { status: 304 });
    return new Response(body, {
      headers: { 'content-type': 'application/rss+xml', ...(etag ? { etag } : {}) },
    });
  }) as typeof fetch;
  return { fetcher, requests: () => requests };
}

const deps = (db: BackstoryDB, fetcher: typeof fetch): CheckDeps => ({
  db,
  fetch: fetcher,
  indexer: async () => backgroundIndexer(createDetector, null),
  mayFetch: async () => true,
  now: Date.now,
  limits: { timeoutMs: 120_000, maxBytes: 64 * 1024 * 1024 },
});

/** Rows written to each table while `run` runs (Dexie's hooks on every table), as "table: n". */
async function rowsWritten(db: BackstoryDB, run: () => Promise<unknown>): Promise<string> {
  const writes = new Map<string, number>();
  const hooks = db.tables.map((table) => {
    const count = () => {
      writes.set(table.name, (writes.get(table.name) ?? 0) + 1);
    };
    table.hook('creating', count);
    table.hook('updating', count);
    table.hook('deleting', count);
    return { table, count };
  });
  await run();
  for (const { table, count } of hooks) {
    table.hook('creating').unsubscribe(count);
    table.hook('updating').unsubscribe(count);
    table.hook('deleting').unsubscribe(count);
  }
  return [...writes].map(([table, n]) => `${table}: ${n}`).join(', ') || 'none';
}

async function peakHeap(run: () => Promise<unknown>): Promise<{ ms: number; peakMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakMb: (peak - base) / 1024 / 1024 };
}

const mb = (n: number) => `${n.toFixed(1)} MB`;
const msf = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;

async function main(): Promise<void> {
  // Warm the detector's word lists and code, so neither first run pays for them.
  createDetector({ actors: starterActors(), topics: TOPICS }).detect(itemText(1));

  const feed1k = rssFeed(1000);
  let db = await freshDb();
  const source = await addSource(db, 'https://bench.example/feed.xml', Date.now());
  const first = server(feed1k, '"v1"');
  let start = performance.now();
  const checked = await checkSource(deps(db, first.fetcher), source.id);
  const ingestMs = performance.now() - start;
  if (checked?.added !== 1000) throw new Error(`expected 1,000 added, got ${JSON.stringify(checked)}`);

  const unchanged304 = { ms: 0, writes: '' };
  unchanged304.writes = await rowsWritten(db, async () => {
    start = performance.now();
    await checkSource(deps(db, first.fetcher), source.id);
    unchanged304.ms = performance.now() - start;
  });
  const plain = server(feed1k);
  const noValidators = await addSource(db, 'https://bench.example/plain.xml', Date.now());
  await checkSource(deps(db, plain.fetcher), noValidators.id);
  const sameBody = { ms: 0, writes: '' };
  sameBody.writes = await rowsWritten(db, async () => {
    start = performance.now();
    await checkSource(deps(db, plain.fetcher), noValidators.id);
    sameBody.ms = performance.now() - start;
  });
  await db.delete();

  db = await freshDb();
  start = performance.now();
  const imported = await importFile(db, createDetector, jsonl(1000));
  const importMs = performance.now() - start;
  if (imported.added !== 1000) throw new Error('the reference import did not add 1,000');
  await db.delete();

  const feed10k = rssFeed(10_000);
  db = await freshDb();
  const big = await addSource(db, 'https://bench.example/big.xml', Date.now());
  const bigServer = server(feed10k);
  const read10k = await peakHeap(() => checkSource(deps(db, bigServer.fetcher), big.id));
  const bigAdded = (await db.sources.get(big.id))?.added;
  await db.delete();
  db = await freshDb();
  const import10k = await peakHeap(() => importFile(db, createDetector, jsonl(10_000)));
  await db.delete();

  console.log('sources benchmark (Node, fake-indexeddb, starter knowledge base, detection in this thread)');
  console.log(
    `ingest a 1,000-item RSS feed (${mb(feed1k.length / 1024 / 1024)}), first check: ${msf(ingestMs)}`,
  );
  console.log(`  reference, the same 1,000 analyses imported as JSON Lines: ${msf(importMs)}`);
  console.log(
    `unchanged refresh answered 304: ${first.requests() - 1} request, rows written (${unchanged304.writes}), ${msf(unchanged304.ms)}`,
  );
  console.log(
    `unchanged refresh, no validators, same body: ${plain.requests() - 1} request, rows written (${sameBody.writes}), ${msf(sameBody.ms)}`,
  );
  console.log(`  reference, the first check of that feed: ${msf(ingestMs)}`);
  console.log(
    `read a 10,000-item feed (${mb(feed10k.length / 1024 / 1024)}): heap peak +${mb(read10k.peakMb)}, ${msf(read10k.ms)}, ${bigAdded} added`,
  );
  console.log(
    `  reference, the same 10,000 imported as JSON Lines (streamed): heap peak +${mb(import10k.peakMb)}, ${msf(import10k.ms)}`,
  );
}

await main();
