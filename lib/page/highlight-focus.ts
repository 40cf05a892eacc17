import { HIGHLIGHT_TAG } from './highlight';

/**
 * Moves focus to the highlight after (or before) the focused one, wrapping around; from outside any
 * highlight, to the first one below the top of the viewport. Every highlight can take focus this way,
 * not only the first of each actor (the ones in the Tab order). Returns the focused highlight.
 */
export function focusNextHighlight(doc: Document, direction: 1 | -1): HTMLElement | null {
  const all = [...doc.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG)];
  if (all.length === 0) return null;
  const current = doc.activeElement instanceof HTMLElement ? doc.activeElement.closest(HIGHLIGHT_TAG) : null;
  let index: number;
  if (current !== null && all.includes(current as HTMLElement)) {
    index = (all.indexOf(current as HTMLElement) + direction + all.length) % all.length;
  } else {
    const firstVisible = all.findIndex((el) => el.getBoundingClientRect().top >= 0);
    const start = firstVisible === -1 ? 0 : firstVisible;
    index = direction === 1 ? start : (start - 1 + all.length) % all.length;
  }
  const target = all[index] as HTMLElement;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(doc) ? 'auto' : 'smooth' });
  return target;
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
