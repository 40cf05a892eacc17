/**
 * `npm run eval:pages -- <folder> [--json] [--limit N] [--filter text]`: loads every `<name>/source.html`
 * under the folder in Chromium with the built extension (built first when stale), served from
 * 127.0.0.1 with every other request aborted, and reports per page:
 * - article: the content script answers `pageState` with a state (not null);
 * - highlights: `backstory-highlight` elements once none has been added for 1 s;
 * - msToHighlights: `load` to the first scan's highlights, seen by a main-world MutationObserver, in a
 *   load without tracing (measure.ts says why); 0 when they came before `load`. msFromReadable: the
 *   same from `DOMContentLoaded`, when the article's HTML is all there (the summary gives both);
 * - longestTaskMs: extension main-thread time inside its longest task, from a trace (trace.ts);
 * - layoutShiftPx: how far sampled characters of the text move when Backstory is switched off for
 *   the site and takes its highlights away (measure.ts);
 * - errors: the extension's console errors and warnings (content script and worker), uncaught errors;
 * - floorMs: the time a content script injected when Backstory's is (document_end) takes to merely
 *   walk the body's text nodes, the first time, as any content script does (floor-extension/, in a
 *   second browser); floorDoneAfterLoadMs: how long after `load` it was done (0: before `load`);
 * - loadMs / floorLoadMs: navigation to `load` with Backstory and in the floor browser, so that a
 *   content script slowing the page's own load would show.
 * One browser for the run, a fresh tab per page; a page that fails is reported, not fatal.
 * `EVAL_EXTENSION=<dir>` runs a given build instead (checked: a scratch copy of content.js with an
 * 80 ms busy loop in a timer reported longestTaskMs 79.0, attributed to the loop's function).
 */
import { resolve } from 'node:path';
import { launch, launchFloor } from './eval-pages/browser';
import { measureFloor, measurePage } from './eval-pages/measure';
import { type PageResult, summarize, table } from './eval-pages/report';
import { extensionBuild, listPages, serve } from './eval-pages/setup';

const USAGE = 'usage: npm run eval:pages -- <folder> [--json] [--limit N] [--filter text]';

function parseArgs(argv: string[]) {
  const opts = { folder: '', json: false, limit: Number.POSITIVE_INFINITY, filter: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--filter') opts.filter = argv[++i] ?? '';
    else if (a?.startsWith('-')) throw new Error(`${a === '--help' ? '' : `unknown option ${a}\n`}${USAGE}`);
    else if (a !== undefined) opts.folder = a;
  }
  if (!opts.folder) throw new Error(USAGE);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const folder = resolve(opts.folder);
const entries = listPages(folder)
  .filter((p) => p.name.includes(opts.filter))
  .slice(0, opts.limit);
const build = await extensionBuild();
const server = await serve(folder);
const browser = await launch(build);
const floorBrowser = await launchFloor();
const log = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);

let workerErrors: string[] = [];
browser.worker.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') workerErrors.push(`worker ${m.type()}: ${m.text()}`);
});

// The first detection builds the worker's detector: not part of any page's figures.
await measurePage(browser, `${server.origin}/__warm-up.html`, []).catch((e: unknown) => log(`warm-up: ${e}`));
workerErrors = [];

const results: PageResult[] = [];
for (const [i, entry] of entries.entries()) {
  const errors: string[] = [];
  workerErrors = errors;
  const base = { name: entry.name, kind: entry.kind, expectedArticle: entry.expectedArticle };
  try {
    const url = `${server.origin}/${entry.name}/source.html`;
    const floor = await measureFloor(floorBrowser.context, url);
    results.push({ ...base, ...floor, ...(await measurePage(browser, url, errors)) });
  } catch (error) {
    const failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
    results.push({
      ...base,
      ...{
        article: false,
        highlights: 0,
        msToHighlights: null,
        msFromReadable: null,
        msFromNavigation: null,
      },
      loadMs: null,
      ...{ floorMs: null, floorDoneAfterLoadMs: null, floorLoadMs: null },
      ...{
        longestTaskMs: 0,
        longestTaskWholeMs: 0,
        hot: [],
        layoutShiftPx: 0,
        shiftedAt: null,
        errors,
        failure,
      },
    });
  }
  if (opts.json) log(`${i + 1}/${entries.length} ${entry.name}`);
}

await browser.close();
await floorBrowser.close();
server.close();
const summary = summarize(results);
if (opts.json)
  console.log(JSON.stringify({ pages: results, summary, blockedRequests: browser.blocked }, null, 1));
else console.log(`${table(results, summary)}\nrequests blocked (not 127.0.0.1): ${browser.blocked}`);
