/** The element that marks a known actor in the page. */
export const HIGHLIGHT_TAG = 'backstory-highlight';

/**
 * Nodes this content script made: highlight elements and the text nodes it split off the page's text.
 * The page can make look-alikes (`<backstory-highlight data-backstory-actor=...>`) and can read every
 * attribute, so Backstory trusts identity only (issue 14): a node is ours when it is in this set.
 */
const OWN = new WeakSet<Node>();

/** The real actor of each highlight we made; the page sees an opaque id for some (see `PageIds`). */
const ACTOR = new WeakMap<Node, string>();

/** Notes a node the content script made. */
export function markOwn(node: Node): void {
  OWN.add(node);
}

/** Notes a highlight element the content script made, and the actor it stands for. */
export function markOwnHighlight(element: HTMLElement, actorId: string): void {
  OWN.add(element);
  ACTOR.set(element, actorId);
}

/** True for a node the content script made. */
export function isOwn(node: Node): boolean {
  return OWN.has(node);
}

/**
 * The highlight the content script made that `target` is in, or null: a page's look-alike, or
 * anything else, is not a highlight.
 */
export function ownHighlightOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  for (let el = target.closest<HTMLElement>(HIGHLIGHT_TAG); el !== null; ) {
    if (OWN.has(el)) return el;
    el = el.parentElement?.closest<HTMLElement>(HIGHLIGHT_TAG) ?? null;
  }
  return null;
}

/** The actor a highlight we made stands for; null for any other element. */
export function actorOfHighlight(element: Element): string | null {
  return ACTOR.get(element) ?? null;
}
