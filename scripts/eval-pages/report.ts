import type { ReadTiming } from '../../lib/messaging/contract';

/** One row of the report; the JSON keeps every field. */
export interface PageResult {
  name: string;
  kind: string | null;
  expectedArticle: boolean | null;
  /** Backstory took the page for an article (its content script reports a page state). */
  article: boolean;
  highlights: number;
  /** From `load` to the first scan's highlights (0 when they came before `load`); null without any. */
  msToHighlights: number | null;
  /**
   * From `DOMContentLoaded` (the article's HTML is all there) to the first highlights; negative when
   * they came before it (a page's script added the article).
   */
  msFromReadable: number | null;
  msFromNavigation: number | null;
  /** Navigation to `load` with Backstory (in the untraced load). */
  loadMs: number | null;
  /** Extension main-thread time in its longest task (see trace.ts). */
  longestTaskMs: number;
  /** That whole task, the page's work in it included. */
  longestTaskWholeMs: number;
  hot: string[];
  layoutShiftPx: number;
  shiftedAt: string | null;
  errors: string[];
  /**
   * The floor: the time a content script injected when Backstory's is takes to merely walk the body's
   * text nodes, the first time; null when it did not report.
   */
  floorMs: number | null;
  /** How long after `load` the floor's walk was done (0: before `load`). */
  floorDoneAfterLoadMs: number | null;
  /** Navigation to `load` in the floor browser: the page's load with a content script that only reads. */
  floorLoadMs: number | null;
  /** The content script's own account of its first read (busy time per step), when it read the page. */
  timing?: ReadTiming | null;
  /** Set when the page could not be measured; the other figures are then empty. */
  failure?: string;
}

export interface Summary {
  pages: number;
  failedPages: number;
  pagesWithErrors: number;
  pagesWithLayoutShift: number;
  pagesWithTaskOver50Ms: number;
  maxLongestTaskMs: number;
  medianRatioToFloor: number | null;
  medianMsToHighlights: number | null;
  /** The median floor over the same pages (those with highlights). */
  medianFloorMs: number | null;
  maxMsToHighlights: number;
  /** `DOMContentLoaded` to the first highlights: median and most, over pages with highlights. */
  medianMsFromReadable: number | null;
  maxMsFromReadable: number;
  /** Navigation to `load`, median over every page measured, with Backstory and in the floor browser. */
  medianLoadMs: number | null;
  medianFloorLoadMs: number | null;
  /** The latest any floor walk finished after `load` (0: every walk was done before it). */
  maxFloorDoneAfterLoadMs: number;
  /** Highlighted although Readability's expectation says the page is not an article. */
  nonArticlesHighlighted: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Time to highlights over the floor; 0.1 ms is performance.now()'s coarsened step. */
export const ratioToFloor = (p: PageResult) =>
  p.msToHighlights === null || p.floorMs === null ? null : p.msToHighlights / Math.max(p.floorMs, 0.1);

export function summarize(pages: PageResult[]): Summary {
  const ok = pages.filter((p) => p.failure === undefined);
  return {
    pages: pages.length,
    failedPages: pages.length - ok.length,
    pagesWithErrors: pages.filter((p) => p.errors.length > 0).length,
    pagesWithLayoutShift: ok.filter((p) => p.layoutShiftPx > 0).length,
    pagesWithTaskOver50Ms: ok.filter((p) => p.longestTaskMs > 50).length,
    maxLongestTaskMs: round(Math.max(0, ...ok.map((p) => p.longestTaskMs))),
    medianRatioToFloor: roundOrNull(median(ok.flatMap((p) => ratioToFloor(p) ?? []))),
    medianMsToHighlights: roundOrNull(median(ok.flatMap((p) => p.msToHighlights ?? []))),
    medianFloorMs: roundOrNull(
      median(ok.flatMap((p) => (p.msToHighlights === null ? [] : (p.floorMs ?? [])))),
    ),
    maxMsToHighlights: round(Math.max(0, ...ok.map((p) => p.msToHighlights ?? 0))),
    medianMsFromReadable: roundOrNull(median(ok.flatMap((p) => p.msFromReadable ?? []))),
    maxMsFromReadable: round(Math.max(0, ...ok.map((p) => p.msFromReadable ?? 0))),
    medianLoadMs: roundOrNull(median(ok.flatMap((p) => p.loadMs ?? []))),
    medianFloorLoadMs: roundOrNull(median(ok.flatMap((p) => p.floorLoadMs ?? []))),
    maxFloorDoneAfterLoadMs: round(Math.max(0, ...ok.map((p) => p.floorDoneAfterLoadMs ?? 0))),
    nonArticlesHighlighted: ok
      .filter((p) => p.expectedArticle === false && p.highlights > 0)
      .map((p) => p.name),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
const roundOrNull = (x: number | null) => (x === null ? null : round(x));

/** A fixed-width table, one row per page, then the summary. */
export function table(pages: PageResult[], summary: Summary): string {
  const head = ['page', 'kind', 'art', 'hl', 'ms→hl', 'floor', 'ratio', 'task', 'shift', 'err'];
  const rows = pages.map((p) => {
    if (p.failure) return [p.name, p.kind ?? '', 'FAILED', p.failure.slice(0, 60)];
    const ratio = ratioToFloor(p);
    return [
      p.name,
      p.kind ?? '',
      `${p.article ? 'yes' : 'no'}${p.expectedArticle === false ? '*' : ''}`,
      String(p.highlights),
      p.msToHighlights === null ? '-' : p.msToHighlights.toFixed(0),
      p.floorMs === null ? '-' : p.floorMs.toFixed(1),
      ratio === null ? '-' : ratio.toFixed(0),
      p.longestTaskMs.toFixed(1),
      p.layoutShiftPx ? `${p.layoutShiftPx}` : '0',
      p.errors.length ? `${p.errors.length}: ${p.errors[0]?.slice(0, 50)}` : '',
    ];
  });
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i < 9 ? (r[i] ?? '').length : 0))),
  );
  const line = (r: string[]) => r.map((c, i) => (i < 9 ? c.padEnd(widths[i] ?? 0) : c)).join('  ');
  const notes = "* not readerable by Readability's expectation: must get no highlight";
  return [line(head), ...rows.map(line), '', notes, '', JSON.stringify(summary, null, 2)].join('\n');
}
