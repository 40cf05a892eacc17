import { ownHighlightOf } from './own-nodes';

export interface HoverIntentOptions {
  /** Opens the card for a highlight. `byKeyboard` when it got focus rather than the pointer. */
  open(highlight: HTMLElement, byKeyboard: boolean): void;
  close(): void;
  /** True when a node is inside the open card (moving there keeps it open). */
  inCard(node: EventTarget | null): boolean;
  signal: AbortSignal;
  openDelayMs?: number;
  closeDelayMs?: number;
}

/**
 * Turns pointer and focus movement over highlights into open and close calls: a short pause before
 * opening so passing over a name does nothing, a grace period before closing so the pointer can
 * travel into the card, Escape to close. Listeners and timers end with `signal`.
 *
 * The page is hostile (issue 14): only highlights this script made count, and only the browser's own
 * events (`isTrusted`): a page's look-alike, or a synthetic mouseover or focus, opens nothing.
 */
export function watchHoverIntent(doc: Document, options: HoverIntentOptions): void {
  const { signal, openDelayMs = 180, closeDelayMs = 300 } = options;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLElement | null = null;
  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const scheduleClose = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      current = null;
      options.close();
    }, closeDelayMs);
  };
  const openNow = (highlight: HTMLElement, byKeyboard: boolean) => {
    cancel();
    current = highlight;
    options.open(highlight, byKeyboard);
  };
  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, (event) => event.isTrusted && fn(event), { capture: true, signal });

  listen('mouseover', (event) => {
    const highlight = highlightOf(event.target);
    if (highlight !== null) {
      if (highlight === current) return cancel();
      clearTimeout(openTimer);
      openTimer = setTimeout(() => openNow(highlight, false), openDelayMs);
    } else if (options.inCard(event.target)) {
      clearTimeout(closeTimer);
    }
  });
  listen('mouseout', (event) => {
    const from = highlightOf(event.target) ?? (options.inCard(event.target) ? current : null);
    if (from === null) return;
    const to = event.relatedTarget;
    if ((current !== null && highlightOf(to) === current) || options.inCard(to)) return;
    if (current === null) clearTimeout(openTimer);
    else scheduleClose();
  });
  listen('focusin', (event) => {
    const highlight = highlightOf(event.target);
    if (highlight !== null) openNow(highlight, true);
    else if (options.inCard(event.target)) clearTimeout(closeTimer);
    else if (current !== null) scheduleClose();
  });
  listen('keydown', (event) => {
    if (event.key !== 'Escape' || current === null) return;
    const returnTo = current;
    cancel();
    current = null;
    options.close();
    if (options.inCard(doc.activeElement) || doc.activeElement === returnTo) returnTo.focus();
  });
  signal.addEventListener('abort', cancel);
}

const highlightOf = ownHighlightOf;
