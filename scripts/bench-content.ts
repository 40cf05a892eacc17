/**
 * `npm run bench:content [-- --json] [--words N] [--runs N]`: the content script's share of detection,
 * in real Chromium with the built extension. Serves a long article (N words, 10,000 by default, made of
 * the starter sample analyses' paragraphs) from 127.0.0.1 and loads it several times:
 * - traced loads: the extension's main-thread time over the whole first read of the page (script
 *   evaluation, article check, text collection, messaging, highlighting, in every task), and its
 *   longest task (scripts/eval-pages/trace.ts);
 * - untraced loads: time from `load` to the first highlights, and how many; and the content script's
 *   own account of its busy time per step (`PageState.timing`): collecting the text and handing it to
 *   the worker (its share of detection) and highlighting;
 * - the floor, as in eval:pages: a content script that only walks the page's text nodes, cold.
 * Detection itself runs in the background worker, off the page's main thread (`npm run bench:detect`
 * gives its throughput).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_ANALYSES } from '../lib/kb/samples';
import type { ReadTiming } from '../lib/messaging/contract';
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
  },
});
const WORDS = Number(values.words);
const RUNS = Number(values.runs);
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
  }
} finally {
  await browser.close();
  await floorBrowser.close();
  server.close();
  await rm(folder, { recursive: true, force: true });
}
