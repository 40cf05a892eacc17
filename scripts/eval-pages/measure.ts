import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { EvalBrowser } from './browser';
import {
  type FloorRecord,
  type LoadRecord,
  readFloorWhenWalked,
  readRecord,
  recordFloor,
  recordLoad,
  sampleText,
} from './in-page';
import type { PageResult } from './report';
import { shift } from './shift';
import { extensionTasks, startTrace } from './trace';

const LOAD_TIMEOUT_MS = 15_000;
/** Highlights have settled when none came for this long... */
const QUIET_MS = 1000;
/** ...and a page without any has had this long after `load` to get its first. */
const NONE_AFTER_LOAD_MS = 2000;
const SETTLE_CAP_MS = 10_000;
const FLOOR_WAIT_MS = 5000;

/**
 * Every figure of a page's row but the floor, from two loads in fresh tabs. The first is traced, for
 * the longest task: tracing samples every process's JavaScript, which slowed the first message from a
 * page to the worker from ~4 ms to 70-600 ms, so the second load, untraced, gives the timings, the
 * page state and the layout shift. `errors` collects what either load logs.
 */
export async function measurePage(
  b: EvalBrowser,
  url: string,
  errors: string[],
): Promise<
  Omit<PageResult, 'name' | 'kind' | 'expectedArticle' | 'floorMs' | 'floorDoneAfterLoadMs' | 'floorLoadMs'>
> {
  const tasks = await inTab(b, errors, async (page, cdp) => {
    const stopTrace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await settle(page);
    return extensionTasks(await stopTrace(), b.origin);
  });
  let switchedOff = false;
  try {
    return await inTab(b, errors, async (page) => {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      const rec = await settle(page);
      const state = await b.pageState(page);
      switchedOff = state !== null;
      const layout = state === null ? { px: 0, where: null } : await switchedOffShift(b, page);
      const done = rec.firstAt ?? rec.lastAt;
      return {
        article: state !== null,
        highlights: rec.highlights,
        msToHighlights: done === null || rec.loadAt === null ? null : Math.max(0, done - rec.loadAt),
        msFromReadable: done === null || rec.readableAt === null ? null : done - rec.readableAt,
        msFromNavigation: done,
        loadMs: rec.loadAt,
        longestTaskMs: tasks?.longestMs ?? 0,
        longestTaskWholeMs: tasks?.taskMs ?? 0,
        hot: tasks?.hot ?? [],
        layoutShiftPx: layout.px,
        shiftedAt: layout.where,
        errors,
        timing: state?.timing ?? null,
      };
    });
  } finally {
    // Left off, the next page would not be read. The tab is closed first: nothing rescans.
    if (switchedOff) await b.setSiteEnabled('127.0.0.1', true);
  }
}

/** Runs `use` on a fresh tab that records the load and the extension's console errors, then closes it. */
async function inTab<T>(
  b: EvalBrowser,
  errors: string[],
  use: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const page = await b.context.newPage();
  const fromExtension = (u: string | undefined) => u?.startsWith(b.origin) ?? false;
  // The content script logs through `console` in its isolated world: Playwright reports it here.
  page.on('console', (m) => {
    const ours = m.text().startsWith('[Backstory]') || fromExtension(m.location().url);
    if (ours && (m.type() === 'error' || m.type() === 'warning')) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (e.stack?.includes(b.origin) || e.message.includes('[Backstory]'))
      errors.push(`pageerror: ${e.message}`);
  });
  const cdp = await b.context.newCDPSession(page);
  try {
    await page.addInitScript(recordLoad);
    return await use(page, cdp);
  } finally {
    await cdp.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}

/**
 * The floor, in the floor browser: how long a content script injected when Backstory's is
 * (document_end) takes to merely walk the page's text nodes, the first time; and how long after
 * `load` it was done. Nulls when the floor's script did not report within `FLOOR_WAIT_MS`.
 */
export async function measureFloor(
  floor: BrowserContext,
  url: string,
): Promise<{ floorMs: number | null; floorDoneAfterLoadMs: number | null; floorLoadMs: number | null }> {
  const page = await floor.newPage();
  try {
    await page.addInitScript(recordFloor);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const rec = await page
      .waitForFunction(readFloorWhenWalked, null, { timeout: FLOOR_WAIT_MS })
      .then((handle) => handle.jsonValue() as Promise<FloorRecord>)
      .catch(() => null);
    if (rec === null || rec.walkedAt === null || rec.loadAt === null)
      return { floorMs: null, floorDoneAfterLoadMs: null, floorLoadMs: null };
    return {
      floorMs: rec.walkMs,
      floorDoneAfterLoadMs: Math.max(0, rec.walkedAt - rec.loadAt),
      floorLoadMs: rec.loadAt,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

type Settled = LoadRecord & { highlights: number };

/** Waits until no highlight has been added for `QUIET_MS` (see the constants above). */
export async function settle(page: Page): Promise<Settled> {
  for (;;) {
    const r = await page.evaluate(readRecord);
    const since = r.now - Math.max(r.loadAt ?? 0, r.lastAt ?? 0);
    const afterLoad = r.now - (r.loadAt ?? r.now);
    const quiet = since >= QUIET_MS && (r.highlights > 0 || afterLoad >= NONE_AFTER_LOAD_MS);
    if (quiet || afterLoad >= SETTLE_CAP_MS) return r;
    await page.waitForTimeout(100);
  }
}

/**
 * Layout shift of the text: sample the text's positions with the highlights (twice, 300 ms apart: points
 * the page moves on its own are left out), switch Backstory off for the site through the extension
 * (the worker answers once every tab's content script has refreshed and removed its highlights), sample
 * again, compare. The same tab and the same page scripts on both sides, so ads or timers loading
 * differently cannot pass for a shift, and it checks that switching off leaves the text as it was.
 */
async function switchedOffShift(b: EvalBrowser, page: Page): Promise<{ px: number; where: string | null }> {
  const first = await page.evaluate(sampleText, { at: null });
  await page.waitForTimeout(300);
  const again = await page.evaluate(sampleText, { at: first.points });
  await b.setSiteEnabled('127.0.0.1', false);
  await page.waitForFunction(() => document.querySelector('backstory-highlight') === null, null, {
    timeout: 5000,
  });
  const off = await page.evaluate(sampleText, { at: first.points });
  return shift(first, again.points, off.points);
}
