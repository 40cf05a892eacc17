/**
 * `npm run bench:content [-- --json] [--words N] [--runs N] [--cold-runs N]`: the content script's share
 * of detection, in real Chromium with the built extension (`EVAL_EXTENSION=<dir>` for a given build, see
 * scripts/eval-pages/setup.ts). Serves a long article (N words, 10,000 by default, made of
 * the starter sample analyses' paragraphs) from 127.0.0.1 and loads it several times:
 * - traced loads: the extension's main-thread time over the whole first read of the page (script
 *   evaluation, article check, text collection, messaging, highlighting, in every task), and its
 *   longest task (scripts/eval-pages/trace.ts);
 * - untraced loads: time from `load` to the first highlights, and how many; and the content script's
 *   own account of its busy time per step (`PageState.timing`): collecting the text and handing it to
 *   the worker (its share of detection) and highlighting;
 * - the floor, as in eval:pages: a content script that only walks the page's text nodes, cold;
 * - cold-worker loads (`--cold-runs`, 5 by default), after the others and once the worker has seeded
 *   the database: the background service worker is stopped through the DevTools protocol
 *   (scripts/bench/cold-worker.ts; Chromium stops it so after 30 s idle), checked gone from the
 *   browser's targets, then the page is loaded in a new tab: time from `load` to the first highlights,
 *   with the worker waking, reading `kb/base.bin.gz` and building its detector on the way; each is
 *   followed by a warm load of the same page, the worker now running, for the reference. The page must
 *   wake the worker (one started after the navigation began, by its `performance.timeOrigin`) and get
 *   highlights. Playwright holds every new worker at its start until it has attached (a round trip
 *   through the protocol), as it does for any target.
 * Detection itself runs in the background worker, off the page's main thread (`npm run bench:detect`
 * gives its throughput).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_ANALYSES } from '../lib/kb/samples';
import { STARTER_KB_VERSION } from '../lib/kb/starter';
import type { ReadTiming } from '../lib/messaging/contract';
import { seeded, workerSwitch } from './bench/cold-worker';
import { launch, launchFloor } from './eval-pages/browser';
import { readRecord, recordLoad } from './eval-pages/in-page';
import { measureFloor, settle } from './eval-pages/measure';
import { extensionBuild, serve } from './eval-pages/setup';
import { extensionTasks, startTrace } from './eval-pages/trace';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    words: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    'cold-runs': { type: 'string', default: '5' },
  },
});
const WORDS = Number(values.words);
const RUNS = Number(values.runs);
const COLD_RUNS = Number(values['cold-runs']);
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

/** A news page whose article has `words` words: the sample analyses' paragraphs, over and over. */
function articlePage(words: number): { html: string; words: number; chars: number; paragraphs: number } {
  const pool = SAMPLE_ANALYSES.flatMap((a) => a.text.split(/\n\s*\n/)).filter((p) => p.trim() !== '');
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = pool[i % pool.length] as string;
    paragraphs.push(p);
    count += p.split(/\s+/).filter(Boolean).length;
  }
  const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `<p>${asText(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long read | Bench</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A long read on mediation, energy and sanctions</h1>
${body}
</article></main><footer>Bench footer</footer></body></html>`;
  return { html, words: count, chars: paragraphs.join('\n\n').length, paragraphs: paragraphs.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const round = (x: number) => Math.round(x * 10) / 10;

interface Load {
  msToHighlights: number;
  /** From the navigation's start (the page's time origin) to the first highlights, and to `load`. */
  msFromNavigation: number;
  loadMs: number;
  highlights: number;
  /** The page's `performance.timeOrigin` (epoch ms). */
  timeOrigin: number;
  /** Cold loads: when the worker started, from the navigation's start. */
  workerStartMs?: number;
  /** Cold loads: the worker's wake marks (lib/wake-marks.ts), in ms from the navigation's start. */
  marks?: { step: string; at: number }[];
}

/** One untraced load in a new tab: when `load` came and when the first highlights did. */
async function timedLoad(url: string): Promise<Load> {
  const tab = await browser.context.newPage();
  try {
    await tab.addInitScript(recordLoad);
    await tab.goto(url, { waitUntil: 'load' });
    // `settle` gives a page 2 s after `load` for its first highlights; a cold worker may need longer.
    await tab.waitForSelector('backstory-highlight', { state: 'attached', timeout: 30_000 });
    const rec = await settle(tab);
    if (rec.firstAt === null || rec.loadAt === null) throw new Error('a load without highlights or `load`');
    return {
      msToHighlights: Math.max(0, rec.firstAt - rec.loadAt),
      msFromNavigation: rec.firstAt,
      loadMs: rec.loadAt,
      highlights: rec.highlights,
      timeOrigin: await tab.evaluate(() => performance.timeOrigin),
    };
  } finally {
    await tab.close();
  }
}

/**
 * The median of each step of the cold loads, from the navigation's start, in the order of the first
 * load's marks: the worker's start, its wake marks, `load` and the first highlights.
 */
function wakeSteps(loads: Load[]): Record<string, number> {
  const steps = new Map<string, number[]>();
  const add = (step: string, at: number) => steps.set(step, [...(steps.get(step) ?? []), at]);
  for (const l of loads) {
    add('worker start', l.workerStartMs ?? Number.NaN);
    for (const m of l.marks ?? []) add(m.step, m.at);
    add('load', l.loadMs);
    add('first highlights', l.msFromNavigation);
  }
  return Object.fromEntries([...steps].map(([step, ats]) => [step, round(median(ats))]));
}

const folder = await mkdtemp(join(tmpdir(), 'backstory-bench-page-'));
const page = articlePage(WORDS);
await mkdir(join(folder, 'article'));
await writeFile(join(folder, 'article', 'source.html'), page.html);
const server = await serve(folder);
const url = `${server.origin}/article/source.html`;
const build = await extensionBuild();
const browser = await launch(build);
const floorBrowser = await launchFloor();
try {
  log(`article: ${page.words} words, ${page.chars} characters, ${page.paragraphs} paragraphs`);
  const traced: { totalMs: number; longestMs: number; tasks: number; hot: string[] }[] = [];
  const timed: { msToHighlights: number; highlights: number; timing: ReadTiming | null }[] = [];
  const floors: number[] = [];
  // The first load builds the worker's detector: not measured.
  for (let run = -1; run < RUNS; run++) {
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    const stop = await startTrace(cdp);
    await tab.goto(url, { waitUntil: 'load' });
    await settle(tab);
    const tasks = extensionTasks(await stop(), browser.origin);
    await cdp.detach();
    await tab.close();
    if (run >= 0 && tasks) traced.push(tasks);

    const plain = await browser.context.newPage();
    await plain.addInitScript(recordLoad);
    await plain.goto(url, { waitUntil: 'load' });
    await settle(plain);
    const rec = await plain.evaluate(readRecord);
    const state = await browser.pageState(plain);
    await plain.close();
    if (run >= 0 && rec.firstAt !== null && rec.loadAt !== null) {
      const msToHighlights = Math.max(0, rec.firstAt - rec.loadAt);
      timed.push({ msToHighlights, highlights: rec.highlights, timing: state?.timing ?? null });
    }

    const floor = await measureFloor(floorBrowser.context, url);
    if (run >= 0 && floor.floorMs !== null) floors.push(floor.floorMs);
  }

  // Cold worker: stopped before each navigation; then the same page again, warm.
  const seedWaitMs = await seeded(browser.context, browser.origin, STARTER_KB_VERSION);
  const worker = await workerSwitch(browser.context, browser.origin);
  const cold: Load[] = [];
  const warm: Load[] = [];
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      await worker.stop();
      const coldLoad = await timedLoad(url);
      const started = await worker.startedAt();
      if (started === null || started < coldLoad.timeOrigin)
        throw new Error('cold worker: the page did not wake a new worker');
      const workerStartMs = started - coldLoad.timeOrigin;
      const marks = (await worker.marks()).map((m) => ({ step: m.step, at: m.at + workerStartMs }));
      cold.push({ ...coldLoad, workerStartMs, marks });
      warm.push(await timedLoad(url));
    }
  } finally {
    await worker.close();
  }
  const timings = timed.flatMap((t) => t.timing ?? []);
  const result = {
    words: page.words,
    chars: page.chars,
    runs: RUNS,
    mainThreadMs: round(median(traced.map((t) => t.totalMs))),
    mainThreadMsRange: [
      round(Math.min(...traced.map((t) => t.totalMs))),
      round(Math.max(...traced.map((t) => t.totalMs))),
    ],
    longestTaskMs: round(median(traced.map((t) => t.longestMs))),
    longestTaskHot: [...traced].sort((a, b) => b.longestMs - a.longestMs)[0]?.hot ?? [],
    tasks: median(traced.map((t) => t.tasks)),
    msToHighlights: round(median(timed.map((t) => t.msToHighlights))),
    // The content script's own clock (PageState.timing): busy time per step, pauses left out.
    detectionShareMs: round(median(timings.map((t) => t.collectMs + t.sendMs))),
    collectMs: round(median(timings.map((t) => t.collectMs))),
    sendMs: round(median(timings.map((t) => t.sendMs))),
    highlightMs: round(median(timings.map((t) => t.highlightMs))),
    highlights: median(timed.map((t) => t.highlights)),
    floorWalkMs: round(median(floors)),
    coldRuns: cold.length,
    coldMsToHighlights: round(median(cold.map((l) => l.msToHighlights))),
    coldMsToHighlightsRange: [
      round(Math.min(...cold.map((l) => l.msToHighlights))),
      round(Math.max(...cold.map((l) => l.msToHighlights))),
    ],
    coldMsFromNavigation: round(median(cold.map((l) => l.msFromNavigation))),
    coldLoadMs: round(median(cold.map((l) => l.loadMs))),
    coldWorkerStartMs: round(median(cold.map((l) => l.workerStartMs ?? Number.NaN))),
    coldHighlights: median(cold.map((l) => l.highlights)),
    coldSteps: wakeSteps(cold),
    warmMsToHighlights: round(median(warm.map((l) => l.msToHighlights))),
    warmMsFromNavigation: round(median(warm.map((l) => l.msFromNavigation))),
    warmLoadMs: round(median(warm.map((l) => l.loadMs))),
    seedWaitMs,
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    log(
      `extension main-thread time, whole first read: median ${result.mainThreadMs} ms over ${RUNS} loads (${result.mainThreadMsRange.join('-')} ms), in ${result.tasks} tasks, longest ${result.longestTaskMs} ms`,
    );
    log(`  hottest in the longest task: ${result.longestTaskHot.join(', ')}`);
    log(
      `detection's share on the page (collect ${result.collectMs} + hand to the worker ${result.sendMs}): median ${result.detectionShareMs} ms; highlighting: ${result.highlightMs} ms (content script's own clock, pauses left out)`,
    );
    log(`highlights: ${result.highlights}; load to first highlights: median ${result.msToHighlights} ms`);
    log(`floor: a content script walking the page's text nodes once, cold: median ${result.floorWalkMs} ms`);
    log(
      `cold worker (stopped before the navigation; ${result.coldRuns} loads, after waiting ${seedWaitMs} ms for the seed): load to first highlights median ${result.coldMsToHighlights} ms (${result.coldMsToHighlightsRange.join('-')} ms), ${result.coldMsFromNavigation} ms from navigation (worker started at ${result.coldWorkerStartMs} ms, load at ${result.coldLoadMs} ms); ${result.coldHighlights} highlights`,
    );
    log(
      `  the wake, median ms from the navigation's start: ${Object.entries(result.coldSteps)
        .map(([step, at]) => `${step} ${at}`)
        .join(', ')}`,
    );
    log(
      `  warm, each right after (worker running): load to first highlights median ${result.warmMsToHighlights} ms, ${result.warmMsFromNavigation} ms from navigation, load at ${result.warmLoadMs} ms`,
    );
  }
} finally {
  await browser.close();
  await floorBrowser.close();
  server.close();
  await rm(folder, { recursive: true, force: true });
}
