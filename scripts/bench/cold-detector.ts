/**
 * One waking worker's detector, in a fresh Node process (no pinned words, nothing compiled yet):
 * `node --expose-gc --import tsx scripts/bench/cold-detector.ts <detect.mjs> <base.bin> <article.txt> <topics.json>`
 * imports the esbuild bundle of lib/detect, loads the packaged base with `packagedBase` as the
 * background worker does (lib/background/packaged-files.ts), builds the detector as the worker does
 * with no actors of the reader's own, detects twice and prints one JSON line of times (ms) and heap
 * (bytes). Run by `bench:detect`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as DetectModule from '../../lib/detect/index';
import type { Topic } from '../../lib/model';

const [bundle, basePath, articlePath, topicsPath] = process.argv.slice(2) as [string, string, string, string];
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const text = readFileSync(articlePath, 'utf8');
const topics = JSON.parse(readFileSync(topicsPath, 'utf8')) as Topic[];
const heapStart = heap();

let t = performance.now();
const { createDetector, packagedBase } = (await import(pathToFileURL(bundle).href)) as typeof DetectModule;
const importMs = performance.now() - t;
const heapModule = heap();

t = performance.now();
const bytes = readFileSync(basePath);
// A large file is read into a buffer of its own: used as is, like the worker's `arrayBuffer()`.
const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
const file = (
  whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
) as ArrayBuffer;
const readMs = performance.now() - t;

t = performance.now();
const base = packagedBase(file);
const loadMs = performance.now() - t;
const heapLoaded = heap();

t = performance.now();
const detector = createDetector({ actors: [], topics, base });
const createMs = performance.now() - t;

t = performance.now();
const first = detector.detect(text);
const firstDetectMs = performance.now() - t;
t = performance.now();
detector.detect(text);
const secondDetectMs = performance.now() - t;
const heapAfter = heap();

console.log(
  JSON.stringify({
    importMs,
    readMs,
    loadMs,
    createMs,
    firstDetectMs,
    secondDetectMs,
    mentions: first.mentions.length,
    heapModule: heapModule - heapStart,
    heapLoad: heapLoaded - heapModule,
    heapAfter,
    arrayBuffers: process.memoryUsage().arrayBuffers,
    exactHeap: gc !== undefined,
  }),
);
