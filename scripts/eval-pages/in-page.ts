/**
 * Code that runs in the page's main world. Each function is serialized by Playwright, so it must not
 * refer to anything outside itself; tsx wraps named inner functions in `__name(...)`, which
 * `NAME_SHIM` (a context init script) defines.
 */

export const NAME_SHIM = 'if (!("__name" in globalThis)) globalThis.__name = (f) => f;';

/** What the init script records, on `window.__backstoryEval`. */
export interface LoadRecord {
  /** `DOMContentLoaded`: the article's HTML is all there, readable. */
  readableAt: number | null;
  loadAt: number | null;
  /** When the first highlights appeared: one `applyHighlights` call inserts all of a scan's at once. */
  firstAt: number | null;
  firstCount: number;
  lastAt: number | null;
  count: number;
}

/**
 * Init script: notes `performance.now()` at `load`, and when `backstory-highlight` elements are
 * inserted (a MutationObserver in the main world sees the content script's DOM changes too; its
 * callback runs at the microtask checkpoint right after the task that inserted them).
 */
export function recordLoad(): void {
  const rec: LoadRecord = {
    readableAt: null,
    loadAt: null,
    firstAt: null,
    firstCount: 0,
    lastAt: null,
    count: 0,
  };
  Object.defineProperty(window, '__backstoryEval', { value: rec });
  addEventListener('DOMContentLoaded', () => {
    rec.readableAt = performance.now();
  });
  addEventListener('load', () => {
    rec.loadAt = performance.now();
  });
  new MutationObserver((records) => {
    let added = 0;
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeName === 'BACKSTORY-HIGHLIGHT') added++;
    }
    if (added === 0) return;
    const now = performance.now();
    if (rec.firstAt === null) {
      rec.firstAt = now;
      rec.firstCount = added;
    }
    rec.lastAt = now;
    rec.count += added;
  }).observe(document, { childList: true, subtree: true });
}

export function readRecord(): LoadRecord & { now: number; highlights: number } {
  const rec = (window as unknown as { __backstoryEval: LoadRecord }).__backstoryEval;
  return {
    ...rec,
    now: performance.now(),
    highlights: document.querySelectorAll('backstory-highlight').length,
  };
}

/** What the floor extension's run records, on `window.__backstoryFloor`. */
export interface FloorRecord {
  loadAt: number | null;
  /** When the floor's content script had walked the text. */
  walkedAt: number | null;
  /** The walk itself, in ms. */
  walkMs: number | null;
  chars: number;
}

/** Init script for the floor browser: notes `load` and the floor extension's report (floor-extension/). */
export function recordFloor(): void {
  const rec: FloorRecord = { loadAt: null, walkedAt: null, walkMs: null, chars: 0 };
  Object.defineProperty(window, '__backstoryFloor', { value: rec });
  addEventListener('load', () => {
    rec.loadAt = performance.now();
  });
  document.addEventListener('backstory-eval-floor', (event) => {
    const { start, end, chars } = JSON.parse(String((event as CustomEvent).detail));
    rec.walkedAt = end;
    rec.walkMs = end - start;
    rec.chars = chars;
  });
}

/** The floor's record once its walk is reported and `load` has fired, else null (for waitForFunction). */
export function readFloorWhenWalked(): FloorRecord | null {
  const rec = (window as unknown as { __backstoryFloor: FloorRecord }).__backstoryFloor;
  return rec.walkedAt !== null && rec.loadAt !== null ? rec : null;
}

/** One sampled point of the text: a block and a character offset into its text. */
export interface TextPoint {
  block: number;
  offset: number;
  x: number;
  y: number;
}

/**
 * Positions of the page's text blocks, in document coordinates: for every text block, its first and
 * last character, the first character of each highlight in it and the next one after it, so
 * a highlight that widens its line or re-wraps it moves a sampled point. Pass the points of an earlier
 * call as `at` to sample the same characters again; the text is the same with or without highlights.
 */
export function sampleText(arg: { at: TextPoint[] | null }): { points: TextPoint[]; labels: string[] } {
  const blocks = [
    ...document.body.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li,blockquote,dd,dt,td,th,figcaption'),
  ]
    .filter((b) => b.closest('backstory-card') === null && (b.textContent ?? '').trim() !== '')
    .slice(0, 4000);
  const rectAt = (block: Element, offset: number) => {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let left = offset;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (left < node.data.length) {
        const range = document.createRange();
        range.setStart(node, left);
        range.setEnd(node, left + 1);
        // A character right after a break can have more boxes than its glyph: an empty one at the end of
        // the line before, or the hyphen a soft hyphen shows there. Their union is neither: the glyph is
        // the last box with a width.
        const boxes = [...range.getClientRects()].filter((b) => b.width > 0);
        const r = boxes[boxes.length - 1] ?? range.getBoundingClientRect();
        // A character that is not rendered (hidden, or whitespace without a line box) has no place.
        return r.width === 0 && r.height === 0 ? null : { x: r.left + scrollX, y: r.top + scrollY };
      }
      left -= node.data.length;
    }
    return null;
  };
  const wanted: { block: number; offset: number }[] = arg.at ?? [];
  if (arg.at === null) {
    blocks.forEach((block, i) => {
      const text = block.textContent ?? '';
      wanted.push({ block: i, offset: text.search(/\S/) }, { block: i, offset: text.trimEnd().length - 1 });
      for (const h of block.querySelectorAll('backstory-highlight')) {
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(h);
        const start = range.toString().length;
        const after = text.slice(start + (h.textContent ?? '').length).search(/\S/);
        wanted.push({ block: i, offset: start });
        if (after >= 0) wanted.push({ block: i, offset: start + (h.textContent ?? '').length + after });
      }
    });
  }
  const points: TextPoint[] = [];
  for (const w of wanted) {
    const block = blocks[w.block];
    const p = block && w.offset >= 0 ? rectAt(block, w.offset) : null;
    points.push({ ...w, x: p?.x ?? Number.NaN, y: p?.y ?? Number.NaN });
  }
  const labels = blocks.map((b) => {
    const cls = typeof b.className === 'string' && b.className ? `.${b.className.split(/\s+/)[0]}` : '';
    return `${b.tagName.toLowerCase()}${b.id ? `#${b.id}` : cls} "${(b.textContent ?? '').trim().slice(0, 40)}"`;
  });
  return { points, labels };
}
