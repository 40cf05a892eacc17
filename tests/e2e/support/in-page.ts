/**
 * Functions that run inside the browser through `TestPage.evaluate`/`waitFor`. Each one is serialised
 * on its own, so it must not use anything from outside its body (no imports, no helpers).
 */

export interface FoundHighlight {
  actor: string;
  text: string;
  /** The excluded region it sits in (`header`, `nav`, `footer`, `form`, `pre`, `code`), or null. */
  excludedIn: string | null;
  inArticle: boolean;
}

export function readHighlights(): FoundHighlight[] {
  return [...document.querySelectorAll<HTMLElement>('[data-backstory-actor]')].map((el) => ({
    actor: el.dataset.backstoryActor ?? '',
    text: (el.textContent ?? '').trim(),
    excludedIn: el.closest('header, nav, footer, form, pre, code')?.tagName.toLowerCase() ?? null,
    inArticle: el.closest('article') !== null,
  }));
}

export function hasHighlight(actor: string): boolean {
  return document.querySelector(`article [data-backstory-actor="${actor}"]`) !== null;
}

export interface CardView {
  /** Hosts named `backstory-card` in the page. */
  hosts: number;
  /** True when some host has a shadow root the page can read (WXT's default `mode: 'open'`). */
  readable: boolean;
  /** True when a card title is rendered and takes up space. */
  open: boolean;
  title: string;
  analyses: string[];
  notes: string[];
}

export function readCard(): CardView {
  const hosts = [...document.querySelectorAll('backstory-card')];
  const view: CardView = {
    hosts: hosts.length,
    readable: false,
    open: false,
    title: '',
    analyses: [],
    notes: [],
  };
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    view.readable = true;
    const title = root.querySelector('[data-testid=card-title]');
    if (!title || title.getClientRects().length === 0) continue;
    const texts = (selector: string) =>
      [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    return {
      ...view,
      open: true,
      title: (title.textContent ?? '').trim(),
      analyses: texts('[data-testid=card-analysis]'),
      notes: texts('[data-testid=card-note]'),
    };
  }
  return view;
}

export function cardIsClosed(): boolean {
  for (const host of document.querySelectorAll('backstory-card')) {
    const title = host.shadowRoot?.querySelector('[data-testid=card-title]');
    if (title && title.getClientRects().length > 0) return false;
  }
  return true;
}

/** True when an open card's title includes `text` (a card shows a placeholder title while loading). */
export function cardTitleIncludes(text: string): boolean {
  for (const host of document.querySelectorAll('backstory-card')) {
    const title = host.shadowRoot?.querySelector('[data-testid=card-title]');
    if (title && title.getClientRects().length > 0 && (title.textContent ?? '').includes(text)) return true;
  }
  return false;
}

/** True when a card is open and its notes include `text`. */
export function cardHasNote(text: string): boolean {
  for (const host of document.querySelectorAll('backstory-card')) {
    const notes = host.shadowRoot?.querySelectorAll('[data-testid=card-note]') ?? [];
    if ([...notes].some((n) => (n.textContent ?? '').includes(text))) return true;
  }
  return false;
}

export function activeActor(): string | null {
  return (
    document.activeElement?.closest<HTMLElement>('[data-backstory-actor]')?.dataset.backstoryActor ?? null
  );
}

/** Drops focus and scrolls to the top, so Tab starts from the beginning of the document. */
export function resetFocus(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
}

export function texts(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

export function countOf(selector: string): number {
  return document.querySelectorAll(selector).length;
}

export function someTextIncludes([selector, text]: [string, string]): boolean {
  return [...document.querySelectorAll(selector)].some((el) => (el.textContent ?? '').includes(text));
}
