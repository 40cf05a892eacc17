/**
 * Detector benchmark: `npm run bench:detect [-- <article.txt>] [--cold N]`, of the detector as it ships
 * (esbuild bundle, scripts/bundled-detector.ts).
 *
 * First the whole packaged knowledge base as the extension ships it (scripts/packaged-kb.ts; the
 * worker loads `kb/base.bin` with `packagedBase` and builds the detector with it, as
 * scripts/shipped-detector.ts does):
 * - at build time: gathering the actors and compiling `kb/base.bin`, and the files' sizes;
 * - in this process: the first `packagedBase(file)` (before any other knowledge base, so no word of it
 *   is in the vocabulary yet) and the median of 7 more; later loads find their words already pinned
 *   (pinned words are kept for the process's life), so they are cheaper than a worker's wake; then
 *   `createDetector`, the first `detect` and the throughput on the article;
 * - in N fresh Node processes (5 by default; scripts/bench/cold-detector.ts, with exact heap
 *   figures): importing the bundle, loading the file, building the detector, the first and second
 *   `detect`: the closest to a waking worker, best and median;
 * - the throughput on a Russian text of about 60 kB written for the benchmark
 *   (scripts/bench/russian-article.ts).
 * Then, for the built (starter) knowledge base and for a synthetic one of 100,000 aliases, the time to
 * build the matcher, the heap it takes and the detection throughput on the same article, next to two
 * references in the same run: one regular expression alternating every alias (naive) and the
 * `modern-ahocorasick` automaton (matching only, no case rules or typing).
 * The article is about 10,000 words: the given text (by default lib/detect/test-data/analysis-excerpt.txt)
 * repeated, with names of the starter knowledge base (the synthetic one's for its row) mixed in.
 * Throughput is the best pass of at least seven and one second, after three warm-up passes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import AhoCorasick from 'modern-ahocorasick';
import { starterActors } from '../lib/kb/starter';
import { TOPICS } from '../lib/kb/topics';
import type { Actor } from '../lib/model';
import { detectorBundleFile } from './bench/detector-bundle';
import { russianArticle } from './bench/russian-article';
import { bundledDetector } from './bundled-detector';
import { packagedActors, packagedKbFiles } from './packaged-kb';

const { createDetector } = await bundledDetector();

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

// A deterministic generator, so every run benchmarks the same synthetic names.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const SYLLABLES = 'ka ri mo tan vel sha dor eli bru nak zo pin ler qua fen hol ista gor umi rad'.split(' ');

function syntheticActors(aliasCount: number): Actor[] {
  const rand = rng(42);
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const actors: Actor[] = [];
  for (let i = 0; i * 4 < aliasCount; i++) {
    const first = word();
    const last = word();
    actors.push({
      id: `synthetic:${i}`,
      kind: i % 3 === 0 ? 'person' : i % 3 === 1 ? 'organisation' : 'place',
      name: `${first} ${last}`,
      description: '',
      aliases: [
        { text: last, role: 'surname' },
        { text: `${first} ${last} ${word()}`, role: 'official' },
        { text: `${last.slice(0, 3).toUpperCase()}${i}`, role: 'abbreviation' },
      ],
    });
  }
  return actors;
}

function article(path: string | undefined, actors: readonly Actor[]): string {
  const base = path
    ? readFileSync(path, 'utf8')
    : readFileSync(new URL('../lib/detect/test-data/analysis-excerpt.txt', import.meta.url), 'utf8');
  const rand = rng(7);
  let text = '';
  // About 10,000 words: the base text repeated, with some of the knowledge base's names mixed in.
  while (text.split(/\s+/).length < 10_000) {
    const a = actors[Math.floor(rand() * actors.length)];
    text += `${base}\n${a?.name ?? ''} said on Monday that talks would continue.\n`;
  }
  return text;
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function throughput(text: string, run: (t: string) => unknown): string {
  for (let i = 0; i < 3; i++) run(text);
  let best = Number.POSITIVE_INFINITY;
  // At least seven runs and one second: on a shared machine a short window can fall entirely in a
  // busy spell of the neighbours, and the best run is the one that measures the code.
  const until = performance.now() + 1000;
  for (let i = 0; i < 7 || performance.now() < until; i++) {
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return `${(text.length / 1e6 / (best / 1000)).toFixed(2)} MB/s (${best.toFixed(1)} ms)`;
}

function bench(label: string, actors: readonly Actor[], text: string) {
  const aliases = actors.flatMap((a) => [a.name, ...a.aliases.map((x) => x.text)]);
  console.log(`\n${label}: ${actors.length} actors, ${aliases.length} aliases; article ${text.length} chars`);
  let h0 = heap();
  let t0 = performance.now();
  const detector = createDetector({ actors, topics: TOPICS });
  console.log(`  backstory  build ${(performance.now() - t0).toFixed(0)} ms, heap +${mb(heap() - h0)} MB`);
  console.log(`             detect ${throughput(text, (t) => detector.detect(t))}`);

  h0 = heap();
  t0 = performance.now();
  const naive = new RegExp(`\\b(?:${aliases.map(escapeRegExp).join('|')})\\b`, 'gu');
  naive.test('warm up the compiled expression');
  console.log(`  naive      build ${(performance.now() - t0).toFixed(0)} ms, heap +${mb(heap() - h0)} MB`);
  console.log(`             match ${throughput(text, (t) => t.match(naive))}`);

  h0 = heap();
  t0 = performance.now();
  const ac = new AhoCorasick(aliases);
  console.log(`  aho-corasick build ${(performance.now() - t0).toFixed(0)} ms, heap +${mb(heap() - h0)} MB`);
  console.log(`             match ${throughput(text, (t) => ac.search(t))}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** The whole packaged base as it ships: compiled as the build does, loaded as the worker does. */
async function benchPackaged(text: string, coldRuns: number) {
  // A module instance of its own: its own vocabulary (nothing pinned yet) and its own compiled code,
  // so neither this section nor the ones after it run on code V8 shaped for another knowledge base.
  const { createDetector, packagedBase } = await bundledDetector();
  let t0 = performance.now();
  const actors = packagedActors();
  const gatherMs = performance.now() - t0;
  t0 = performance.now();
  const files = packagedKbFiles(actors);
  const compileMs = performance.now() - t0;
  const aliases = actors.reduce((n, a) => n + 1 + a.aliases.length, 0);
  const json = new TextEncoder().encode(files.actors.join(''));
  console.log(
    `\npackaged knowledge base (as shipped): ${actors.length} actors, ${aliases} names and aliases`,
  );
  console.log(
    `  build time  gather the actors ${ms(gatherMs)}, compile kb/base.bin ${ms(compileMs)} (scripts/packaged-kb.ts, through tsx)`,
  );
  console.log(
    `  files       kb/base.bin ${mb(files.base.byteLength)} MB (gzip ${mb(gzipSync(files.base).byteLength)} MB), kb/actors*.json ${mb(json.byteLength)} MB (gzip ${mb(gzipSync(json).byteLength)} MB)`,
  );
  const file = () =>
    files.base.buffer.slice(
      files.base.byteOffset,
      files.base.byteOffset + files.base.byteLength,
    ) as ArrayBuffer;

  // In this process: the first load pins the base's words; the others find them pinned.
  let buffer = file();
  let h0 = heap();
  t0 = performance.now();
  let base = packagedBase(buffer);
  const firstLoadMs = performance.now() - t0;
  const firstLoadHeap = heap() - h0;
  const again: number[] = [];
  for (let i = 0; i < 7; i++) {
    buffer = file();
    t0 = performance.now();
    base = packagedBase(buffer);
    again.push(performance.now() - t0);
  }
  console.log(
    `  load        packagedBase(file) first in this process ${ms(firstLoadMs)}, heap +${mb(firstLoadHeap)} MB (the file's ${mb(buffer.byteLength)} MB buffer is outside the heap); again, words already pinned: median ${ms(median(again))} (best ${ms(Math.min(...again))}) of 7`,
  );
  h0 = heap();
  t0 = performance.now();
  const detector = createDetector({ actors: [], topics: TOPICS, base });
  const createMs = performance.now() - t0;
  t0 = performance.now();
  const first = detector.detect(text);
  const firstMs = performance.now() - t0;
  console.log(
    `  detector    createDetector ${ms(createMs)}; first detect ${ms(firstMs)} (${first.mentions.length} mentions), heap +${mb(heap() - h0)} MB after it`,
  );
  console.log(`              detect ${throughput(text, (t) => detector.detect(t))}`);
  const russian = russianArticle();
  const ru = detector.detect(russian);
  console.log(
    `              Russian text (scripts/bench/russian-article.ts, ${russian.length} chars, ${ru.mentions.length} mentions): detect ${throughput(russian, (t) => detector.detect(t))}`,
  );

  // Fresh processes: nothing pinned, nothing compiled, as a waking worker.
  if (coldRuns <= 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-cold-'));
  const paths = ['base.bin', 'article.txt', 'topics.json'].map((f) => join(dir, f)) as [
    string,
    string,
    string,
  ];
  writeFileSync(paths[0], files.base);
  writeFileSync(paths[1], text);
  writeFileSync(paths[2], JSON.stringify(TOPICS));
  const bundle = detectorBundleFile();
  const child = fileURLToPath(new URL('./bench/cold-detector.ts', import.meta.url));
  const runs: ColdRun[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, bundle, ...paths], {
      encoding: 'utf8',
    });
    runs.push(JSON.parse(out.trim().split('\n').pop() as string) as ColdRun);
  }
  const fig = (key: keyof ColdRun) => {
    const xs = runs.map((r) => r[key] as number);
    return `${ms(median(xs))} (best ${ms(Math.min(...xs))})`;
  };
  const upToFirst = runs.map((r) => r.importMs + r.loadMs + r.createMs + r.firstDetectMs);
  console.log(
    `  fresh process, median (best) of ${runs.length}: import the bundle ${fig('importMs')}, read the file ${fig('readMs')},`,
  );
  console.log(
    `              packagedBase ${fig('loadMs')}, createDetector ${fig('createMs')}, first detect ${fig('firstDetectMs')}, second ${fig('secondDetectMs')}`,
  );
  console.log(
    `              import to first detection done ${ms(median(upToFirst))} (best ${ms(Math.min(...upToFirst))}); heap: bundle +${mb(median(runs.map((r) => r.heapModule)))} MB, base +${mb(median(runs.map((r) => r.heapLoad)))} MB, ${mb(median(runs.map((r) => r.heapAfter)))} MB in all after two detections (+${mb(median(runs.map((r) => r.arrayBuffers)))} MB array buffers)`,
  );
}

interface ColdRun {
  importMs: number;
  readMs: number;
  loadMs: number;
  createMs: number;
  firstDetectMs: number;
  secondDetectMs: number;
  mentions: number;
  heapModule: number;
  heapLoad: number;
  heapAfter: number;
  arrayBuffers: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cold: { type: 'string', default: '5' } },
});
const path = positionals[0];
if (!gc) console.log('(heap figures of this process are rough: run with node --expose-gc for exact ones)');
const kb = starterActors();
const text = article(path, kb);
await benchPackaged(text, Number(values.cold));
bench('built knowledge base', kb, text);
const synthetic = syntheticActors(100_000);
bench('synthetic knowledge base', synthetic, article(path, synthetic));
