import { HIGHLIGHT_TAG, isOwn, ownHighlightOf } from './own-nodes';

/**
 * Moves focus to the highlight after (or before) the focused one, wrapping around; from outside any
 * highlight, to the first one below the top of the viewport. Every highlight can take focus this way,
 * not only the first of each actor (the ones in the Tab order). Returns the focused highlight.
 */
export function focusNextHighlight(doc: Document, direction: 1 | -1): HTMLElement | null {
  // Ours only: a page's look-alikes are not highlights (issue 14).
  const all = [...doc.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG)].filter(isOwn);
  if (all.length === 0) return null;
  const current = ownHighlightOf(doc.activeElement);
  let index: number;
  if (current !== null && all.includes(current)) {
    index = (all.indexOf(current) + direction + all.length) % all.length;
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
