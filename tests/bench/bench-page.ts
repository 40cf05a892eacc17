/**
 * The database benchmark, bundled and run inside an extension page of the built extension in real
 * Chromium (see scripts/bench-db.ts): the same IndexedDB, V8 and Dexie as the extension itself.
 */
import { threadIndexer, workerIndexer } from '../../lib/db/chunk-indexer';
import { BackstoryDB } from '../../lib/db/database';
import { importFile } from '../../lib/db/import';
import { readMentionSets } from '../../lib/db/mention-sets';
import { naiveRelatedIds } from '../../lib/db/naive-related';
import { relatedAnalyses } from '../../lib/db/related';
import { searchLibrary } from '../../lib/db/search';
import { actorTimeline } from '../../lib/db/timeline';
import { createDetector } from '../../lib/detect';
import { starterActors } from '../../lib/kb/starter';
import { TOPICS } from '../../lib/kb/topics';
import { random, syntheticAnalysis, unknownPeople, zipfPicker } from './synthetic';

export interface BenchConfig {
  count: number;
  relatedQueries: number;
  naiveQueries: number;
  /** Index the import in the page's thread instead of the worker. */
  inThread: boolean;
}

interface ChromeRuntime {
  runtime: { getURL(path: string): string };
}

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0) * 100) / 100
  );
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function run(config: BenchConfig): Promise<Record<string, unknown>> {
  const rand = random(42);
  const actors = starterActors();
  // States first: they are the most named; people, organisations and places follow in the tail.
  const ordered = [...actors].sort(
    (a, b) => Number(b.kind === 'state') - Number(a.kind === 'state') || rand() - 0.5,
  );
  const pickActor = zipfPicker(ordered, rand);
  // 20,000 people in no knowledge base, named in every fourth sentence: what learning learns from.
  const pickPerson = zipfPicker(unknownPeople(20_000, rand), rand);
  await new BackstoryDB('backstory-bench').delete();
  const db = new BackstoryDB('backstory-bench');
  await db.actors.bulkPut(actors);
  await db.topics.bulkPut(TOPICS);

  // The file is built in slices folded into a Blob, as a file picked by the reader would be.
  let blob = new Blob([]);
  for (let i = 0; i < config.count; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(config.count, i + 1000); j++)
      lines.push(JSON.stringify(syntheticAnalysis(j, rand, pickActor, TOPICS, 1500, pickPerson)));
    blob = new Blob([blob, `${lines.join('\n')}\n`]);
  }
  // Indexing (detection and search words) runs in the extension's import worker, as in the options
  // page, unless the run asks for it in this thread (the one-thread reference). As in the options page,
  // the worker detects with the packaged base it loads and is sent only the reader's own actors.
  const worker = config.inThread
    ? null
    : new Worker(
        (globalThis as unknown as { chrome: ChromeRuntime }).chrome.runtime.getURL('/import-worker.js'),
      );
  const indexer = worker ? workerIndexer(worker, true) : threadIndexer(createDetector);
  // The page must stay responsive while it imports (progress bar, Cancel): its longest task is kept.
  let longestTaskMs = 0;
  // Tasks that began before the import (the file built above is one) are not the import's.
  const importStart = performance.now();
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime >= importStart) longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  });
  longTasks.observe({ type: 'longtask' });
  const heapBefore = heap();
  let heapPeak = heapBefore;
  let lastLog = 0;
  let learnMs = 0;
  const [report, importMs] = await timed(() =>
    importFile(db, indexer, blob, {
      onLearned: (ms) => {
        learnMs += ms;
      },
      onProgress: (p) => {
        heapPeak = Math.max(heapPeak, heap());
        if (performance.now() - lastLog > 5000) {
          lastLog = performance.now();
          console.log(
            `bench: imported ${p.done} records, ${mb(p.bytesRead ?? 0)} of ${mb(p.bytesTotal ?? 0)} MB`,
          );
        }
      },
    }),
  );
  worker?.terminate();
  longTasks.disconnect();
  let mentions = 0;
  for (const set of (await readMentionSets(db)).values()) mentions += set.actorIds.length;

  const queries = Array.from({ length: config.relatedQueries + 1 }, () => ({
    actors: new Map(Array.from({ length: 30 }, () => [pickActor().id, 0.2 + rand()] as const)),
    topics: new Map(
      Array.from(
        { length: 5 },
        () => [(TOPICS[Math.floor(rand() * TOPICS.length)] as { id: string }).id, 0.5 + rand()] as const,
      ),
    ),
  }));
  // The first query loads the index columns; it is reported apart from the steady state.
  const [, relatedColdMs] = await timed(() => relatedAnalyses(db, queries[0] as (typeof queries)[0]));
  const related: number[] = [];
  let relatedFound = 0;
  for (const query of queries.slice(1)) {
    const [hits, ms] = await timed(() => relatedAnalyses(db, query));
    related.push(ms);
    relatedFound += hits.length;
  }
  const naive: number[] = [];
  let agree = 0;
  for (const query of queries.slice(1, 1 + config.naiveQueries)) {
    const [ids, ms] = await timed(() => naiveRelatedIds(db, query));
    naive.push(ms);
    const fast = (await relatedAnalyses(db, query)).map((r) => r.id);
    if (JSON.stringify(fast) === JSON.stringify(ids)) agree += 1;
  }

  // The options page's timeline of the most named actor (the first of the Zipf order).
  const [timeline, timelineMs] = await timed(() => actorTimeline(db, (ordered[0] as { id: string }).id));

  const words = [
    'erdogan',
    'sanctions',
    'pipeline',
    'ceasefire',
    'parliament',
    'germany',
    'macron',
    'agreement',
    'election',
    'diplomats',
  ];
  const search: number[] = [];
  let searchHits = 0;
  for (const [i, word] of words.entries()) {
    // The reader types a word letter by letter, sometimes after a word already typed.
    for (let n = 2; n <= word.length; n++) {
      const query = n % 2 ? `${words[(i + 1) % words.length]} ${word.slice(0, n)}` : word.slice(0, n);
      const [hits, ms] = await timed(() => searchLibrary(db, query, { limit: 20 }));
      search.push(ms);
      searchHits += hits.length;
    }
  }
  const namesWaiting = await db.nameSightings.count();
  db.close();
  return {
    count: config.count,
    mentions,
    imported: report.added,
    importSeconds: Math.round(importMs / 100) / 10,
    importIn: worker ? 'worker' : 'page thread',
    importIndexingSeconds: Math.round(indexer.busyMs / 100) / 10,
    learnedActors: report.actorsLearned ?? 0,
    learnSeconds: Math.round(learnMs / 100) / 10,
    namesWaiting,
    importLongestTaskMs: Math.round(longestTaskMs),
    heapBeforeImportMB: mb(heapBefore),
    heapPeakDuringImportMB: mb(heapPeak),
    fileMB: mb(blob.size),
    relatedColdMs: Math.round(relatedColdMs),
    relatedP95Ms: p95(related),
    relatedMedianMs: median(related),
    relatedQueries: related.length,
    relatedAvgHits: Math.round((relatedFound / related.length) * 10) / 10,
    naiveP95Ms: p95(naive),
    naiveQueries: naive.length,
    naiveAgreement: `${agree}/${naive.length}`,
    timelineMs: Math.round(timelineMs),
    timelineItems: timeline.length,
    searchP95Ms: p95(search),
    searchQueries: search.length,
    searchAvgHits: Math.round((searchHits / search.length) * 10) / 10,
  };
}

(globalThis as unknown as { backstoryBench: unknown }).backstoryBench = { run };
