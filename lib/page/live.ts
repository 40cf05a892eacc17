import { isSkipped } from './collect';
import { isOwn } from './own-nodes';

/** Wait this long after the last change before reading additions: live blogs add in bursts. */
const QUIET_MS = 300;
/** ...but never longer than this after the first one, so a ticker cannot starve the scan. */
const MAX_WAIT_MS = 1500;

export interface WatchOptions {
  /** Stops watching: the observer, the timer and any batch not started yet. */
  signal: AbortSignal;
  quietMs?: number;
  maxWaitMs?: number;
  /**
   * Least time from the end of one reading to the start of the next: a page churning its DOM gets
   * its additions read at this pace, never more often, and still none lost.
   */
  gapMs?: number;
  /**
   * Nothing is read before this settles (the page's first reading): watching starts before it, so
   * what the page adds while the first reading runs is queued, not lost.
   */
  after?: Promise<unknown>;
}

/**
 * Calls `read` with the content the page adds under `root` later (infinite scroll, live blogs, "read
 * more"), in batches: the outermost added elements, each once. The observer only queues; the reading
 * runs later, one batch at a time, and what the page adds meanwhile waits for the next batch (a live
 * blog posting every 150 ms loses nothing). Nodes Backstory made (highlights, the text it split off)
 * are known by identity and are not additions.
 */
export function watchAdditions(
  root: Element,
  read: (added: Element[]) => Promise<unknown>,
  { signal, quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS, gapMs = 0, after }: WatchOptions,
): void {
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let reading = false;

  const flush = async () => {
    timer = undefined;
    if (reading) return; // the running loop takes what came meanwhile
    reading = true;
    try {
      await after;
      while (pending.size > 0 && !signal.aborted) {
        const batch = pending;
        pending = new Set();
        const added = outermost(batch, root).filter((el) => el.isConnected && !insideSkipped(el, root));
        if (added.length === 0) continue;
        await read(added);
        if (gapMs > 0) await sleep(gapMs, signal);
      }
    } finally {
      reading = false;
    }
  };

  const observer = new MutationObserver((records) => {
    const before = pending.size;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isOwn(node)) continue;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (element !== null && !isOwn(element)) pending.add(element);
      }
    }
    if (pending.size === before) return;
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(() => void flush(), now - firstAt > maxWaitMs ? 0 : quietMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    pending.clear();
  });
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function insideSkipped(element: Element, root: Element): boolean {
  for (let el: Element | null = element; el !== null && el !== root; el = el.parentElement) {
    if (isSkipped(el) || isOwn(el)) return true;
  }
  return false;
}

/**
 * The elements of `set` not inside another of them, so nothing is read twice: one walk up from each,
 * to `root` at most (linear in the elements times the depth, not quadratic in the elements).
 */
export function outermost(set: ReadonlySet<Element>, root: Element): Element[] {
  return [...set].filter((el) => {
    for (let up = el.parentElement; up !== null && el !== root; up = up.parentElement) {
      if (set.has(up)) return false;
      if (up === root) break;
    }
    return true;
  });
}
