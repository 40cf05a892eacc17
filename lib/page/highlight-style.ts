import { HIGHLIGHT_TAG, ownHighlightOf } from './own-nodes';
import { pageTheme } from './page-theme';

/**
 * The highlight's look, set on each highlight element itself: adding a style sheet to the page makes
 * the browser restyle the whole document (15-20 ms on a large page, measured in Chromium), whatever the
 * sheet holds. Inline styles also keep the page's own style sheets from restyling a highlight, and need
 * nothing of the page's Content Security Policy (they are set through the CSSOM).
 *
 * Background and an inset shadow only: no padding, margin, border or font change, so text does not move.
 */
export type Tint = 'light' | 'dark';

const LOOK: Record<Tint, { rest: string; hot: string; line: string }> = {
  light: { rest: 'rgba(250, 204, 21, 0.3)', hot: 'rgba(250, 204, 21, 0.5)', line: 'rgba(161, 98, 7, 0.75)' },
  dark: { rest: 'rgba(250, 204, 21, 0.22)', hot: 'rgba(250, 204, 21, 0.4)', line: 'rgba(250, 204, 21, 0.7)' },
};

/** Marks a highlight the pointer is over or that has focus: painted stronger. */
const HOT = 'backstoryHot';
/** Marks a highlight focused from the keyboard: it gets a focus ring the page's CSS cannot take away. */
const RING = 'backstoryRing';

/** The tint that suits the page at `sample` (its painted background), or the system's setting. */
export function tintFor(sample: Node | null): Tint {
  const theme = sample === null ? null : pageTheme(sample);
  if (theme !== null) return theme;
  const view = sample?.ownerDocument?.defaultView ?? null;
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Sets a highlight's look; called before it is in the page, and again when its state changes. Every
 * highlight looks the same at rest: the page can read computed styles, so a look that told actors the
 * library has something on from the others would tell the page (issue 14).
 */
export function paintHighlight(element: HTMLElement, tint: Tint): void {
  element.dataset.backstoryTint = tint;
  const look = LOOK[tint];
  const ring = element.dataset[RING] === undefined ? '' : 'outline: 2px solid #2563eb; outline-offset: 1px;';
  element.style.cssText =
    `background-color: ${element.dataset[HOT] === undefined ? look.rest : look.hot}; ` +
    `box-shadow: inset 0 -1px 0 ${look.line}; border-radius: 2px; color: inherit; cursor: help; ${ring}`;
}

const tintOf = (element: HTMLElement): Tint => (element.dataset.backstoryTint === 'dark' ? 'dark' : 'light');

/**
 * What a style sheet's `:hover` and `:focus-visible` did: a highlight under the pointer or with focus is
 * painted stronger, and one focused from the keyboard gets a ring. Listeners end with `signal`.
 */
export function watchHighlightStates(doc: Document, signal: AbortSignal): void {
  const set = (event: Event, key: string, on: boolean) => {
    // Only our own highlights, and only on the reader's own moves (issue 14).
    const highlight = event.isTrusted ? ownHighlightOf(event.target) : null;
    if (highlight === null) return;
    if (on) highlight.dataset[key] = '';
    else delete highlight.dataset[key];
    paintHighlight(highlight, tintOf(highlight));
  };
  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn, { capture: true, passive: true, signal });
  listen('mouseover', (event) => set(event, HOT, true));
  listen('mouseout', (event) => set(event, HOT, false));
  listen('focusin', (event) => {
    const keyboard = event.target instanceof Element && matchesFocusVisible(event.target);
    set(event, RING, keyboard);
  });
  listen('focusout', (event) => set(event, RING, false));
}

function matchesFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // a browser without :focus-visible: show the ring
  }
}

/**
 * Paints every highlight in the page again when the system switches between light and dark (the page's
 * own background, when it has one, still decides). Returns a function that stops listening.
 */
export function followColorScheme(doc: Document): () => void {
  const query = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  if (!query) return () => {};
  const repaint = () => {
    const all = doc.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG);
    const tint = tintFor(all[0] ?? null);
    for (const element of all) paintHighlight(element, tint);
  };
  query.addEventListener('change', repaint);
  return () => query.removeEventListener('change', repaint);
}
