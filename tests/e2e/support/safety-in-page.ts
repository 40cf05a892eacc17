/**
 * In-page functions for safety.e2e.ts, run through `TestPage.evaluate`/`waitFor`. Each is serialised
 * on its own, so none may use anything from outside its body.
 */

/** Highlight texts per paragraph (`p` under the article), in document order. */
export function highlightsByParagraph(): string[][] {
  return [...document.querySelectorAll('article p')].map((p) =>
    [...p.querySelectorAll('backstory-highlight')].map((h) => h.textContent ?? ''),
  );
}

/** Highlights nested in other highlights: wrapping the same text twice would make these. */
export function nestedHighlights(): number {
  return document.querySelectorAll('backstory-highlight backstory-highlight').length;
}

/** Actor ids highlighted inside `selector` (several elements allowed). */
export function actorsIn(selector: string): string[] {
  return [...document.querySelectorAll(selector)].flatMap((scope) =>
    [...scope.querySelectorAll<HTMLElement>('[data-backstory-actor]')].map(
      (h) => h.dataset.backstoryActor ?? '',
    ),
  );
}

/** Clicks an element by id, as the page's own controls would be clicked. */
export function clickById(id: string): void {
  document.getElementById(id)?.click();
}

export function updateHighlighted(update: string): boolean {
  return document.querySelector(`[data-update="${update}"] backstory-highlight`) !== null;
}

/** Focuses an editable element and puts the caret at its end, so typing appends. */
export function caretAtEnd(id: string): void {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No #${id}.`);
  element.focus();
  if (element instanceof HTMLTextAreaElement) {
    element.setSelectionRange(element.value.length, element.value.length);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** A textarea's value, or an editable element's text (no-break spaces, which editing inserts, as spaces). */
export function editableValue(id: string): string {
  const element = document.getElementById(id);
  if (element instanceof HTMLTextAreaElement) return element.value;
  return (element?.textContent ?? '').replace(/\u00a0/g, ' ');
}

export interface CardSecrets {
  hosts: number;
  /** Hosts whose shadow root a page script can get at (`element.shadowRoot`). */
  readable: number;
  /** The text a page script can read in those roots, outside `<style>`. */
  text: string;
  /** Elements in those roots other than the style and the empty container. */
  elements: string[];
}

/** What a page script finds in the card host(s) right now. */
export function cardSecrets(): CardSecrets {
  const hosts = [...document.querySelectorAll('backstory-card')];
  const result: CardSecrets = { hosts: hosts.length, readable: 0, text: '', elements: [] };
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    result.readable++;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style') === null) result.text += node.nodeValue ?? '';
    }
    for (const element of root.querySelectorAll('*')) {
      if (element.tagName === 'STYLE' || (element.tagName === 'DIV' && element.childNodes.length === 0))
        continue;
      result.elements.push(element.tagName.toLowerCase());
    }
  }
  return result;
}

/** True when `text` appears anywhere a page script can look: the DOM and any open shadow root. */
export function pageCanFind(text: string): boolean {
  if (document.documentElement.outerHTML.includes(text)) return true;
  return [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.innerHTML.includes(text) ?? false);
}

export interface InjectionCheck {
  pwned: unknown;
  /** `img` elements anywhere in the document (the fixture pages have none of their own). */
  images: number;
}

export function injectionCheck(): InjectionCheck {
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('img').length,
  };
}

/** Same check for an extension page's lists: markup anywhere under `selector`. */
export function markupUnder(selector: string): number {
  return document.querySelectorAll(
    `${selector} img, ${selector} script, ${selector} [onerror], ${selector} [onmouseover]`,
  ).length;
}

export function pwned(): unknown {
  return (window as unknown as { __pwned?: unknown }).__pwned;
}

/** Remembers the focused element, to check later that focus stayed on it. */
export function rememberFocus(): string | null {
  const active = document.activeElement as HTMLElement | null;
  (window as unknown as { __remembered: Element | null }).__remembered = active;
  return active?.closest<HTMLElement>('[data-backstory-actor]')?.dataset.backstoryActor ?? null;
}

export function focusIsRemembered(): boolean {
  return document.activeElement === (window as unknown as { __remembered: Element | null }).__remembered;
}

/** The highlight after the focused one in document order, remembered; returns its actor. */
export function rememberNextHighlight(): string | null {
  const all = [...document.querySelectorAll<HTMLElement>('backstory-highlight')];
  const current = document.activeElement?.closest<HTMLElement>('backstory-highlight');
  const next = current ? all[(all.indexOf(current) + 1) % all.length] : undefined;
  (window as unknown as { __remembered: Element | null }).__remembered = next ?? null;
  return next?.dataset.backstoryActor ?? null;
}

/** The page's DOM at DOMContentLoaded (see reader-article.html), and now. */
export function domNowAndAtLoad(): {
  atLoad: { body: string; head: string; signature: string } | null;
  body: string;
  head: string;
  signature: string;
} {
  const w = window as unknown as {
    __atLoad?: { body: string; head: string; signature: string };
    __domSignature(root: Node): string;
  };
  return {
    atLoad: w.__atLoad ?? null,
    body: document.body.innerHTML,
    head: document.head.innerHTML,
    signature: w.__domSignature(document.body),
  };
}

/** Selects all of `#id`'s contents, as a reader dragging over the paragraph would, and returns the selection's text. */
export function selectParagraph(id: string): { selected: string; text: string; highlights: number } {
  const paragraph = document.getElementById(id);
  if (!paragraph) throw new Error(`No #${id}.`);
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return {
    selected: selection?.toString() ?? '',
    text: paragraph.textContent ?? '',
    highlights: paragraph.querySelectorAll('backstory-highlight').length,
  };
}

/** The tight lines of tight-lines.html: their heights now and at load, and the highlights in them. */
export function tightLines(): { now: number[]; atLoad: number[] | null; highlights: number } {
  const lines = [...document.querySelectorAll('.tight')];
  return {
    now: lines.map((p) => p.getBoundingClientRect().height),
    atLoad: (window as unknown as { __tightAtLoad?: number[] }).__tightAtLoad ?? null,
    highlights: lines.reduce((n, p) => n + p.querySelectorAll('backstory-highlight').length, 0),
  };
}

/** Paints the page as a site's own dark or light theme would: background, text, `color-scheme`. */
export function paintPage([background, color, scheme]: [string, string, string]): void {
  document.documentElement.style.colorScheme = scheme;
  document.body.style.backgroundColor = background;
  document.body.style.color = color;
}
