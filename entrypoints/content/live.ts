import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSkipped } from '@/lib/page/collect';
import { HIGHLIGHT_TAG } from '@/lib/page/highlight';

/** Wait this long after the last change before reading additions: live blogs add in bursts. */
const QUIET_MS = 300;
/** ...but never longer than this after the first one, so a ticker cannot starve the scan. */
const MAX_WAIT_MS = 1500;

/**
 * Calls `read` for content the page adds under `root` later (infinite scroll, live blogs, "read
 * more"), batched. Our own highlighting also changes the DOM: those records are dropped. Returns
 * a function that stops watching.
 */
export function watchAdditions(
  root: Element,
  read: (added: Element) => Promise<unknown>,
  ctx: ContentScriptContext,
): () => void {
  const pending = new Set<Element>();
  let timer: number | undefined;
  let firstAt = 0;
  let reading = false;
  const flush = async () => {
    timer = undefined;
    const batch = outermost([...pending]);
    pending.clear();
    reading = true;
    for (const element of batch) {
      if (element.isConnected) await read(element);
    }
    // Records made by our own highlighting are not additions.
    observer.takeRecords();
    reading = false;
  };
  const observer = new MutationObserver((records) => {
    if (reading) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (element && !isOurs(element) && !insideSkipped(element, root)) pending.add(element);
      }
    }
    if (pending.size === 0) return;
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = ctx.setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}

function isOurs(element: Element): boolean {
  return element.closest(`${HIGHLIGHT_TAG}, backstory-card`) !== null;
}

function insideSkipped(element: Element, root: Element): boolean {
  for (let el: Element | null = element; el !== null && el !== root; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** Drops elements inside other elements of the list, so nothing is read twice. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
