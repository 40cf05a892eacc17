/**
 * Functions that run inside a page through `TestPage.evaluate`/`waitFor`, doing what a hostile page
 * could (issue 14). Each is serialised on its own: nothing from outside its body.
 */

/** How many live updates the page posted, and how many of them hold a highlight. */
export function liveUpdates(): { posted: number; highlighted: number; missing: string[] } {
  const updates = [...document.querySelectorAll<HTMLElement>('[data-update]')];
  const missing = updates.filter((u) => u.querySelector('backstory-highlight') === null);
  return {
    posted: Number(document.body.dataset.posted ?? 0),
    highlighted: updates.length - missing.length,
    missing: missing.map((u) => u.dataset.update ?? ''),
  };
}

/** True once the page posted all its updates and each holds a highlight. */
export function allUpdatesHighlighted(count: number): boolean {
  const updates = [...document.querySelectorAll('[data-update]')];
  return (
    document.body.dataset.posted === String(count) &&
    updates.length === count &&
    updates.every((u) => u.querySelector('backstory-highlight') !== null)
  );
}

/**
 * Makes a look-alike highlight of `actor` in the page's first paragraph and tries every way a page
 * has to open its card: focus, and synthetic focus, pointer and mouse events.
 */
export function forgeHighlight(actor: string): void {
  const forged = document.createElement('backstory-highlight');
  forged.id = 'forged';
  forged.dataset.backstoryActor = actor;
  forged.tabIndex = 0;
  forged.setAttribute('aria-haspopup', 'dialog');
  forged.textContent = ' Hakan Fidan, again';
  forged.style.cssText = 'display: inline-block; padding: 4px; background: rgba(250, 204, 21, 0.3)';
  document.querySelector('article p:not(.kicker):not(.byline)')?.append(forged);
  forged.focus();
  for (const type of ['focus', 'focusin']) forged.dispatchEvent(new FocusEvent(type, { bubbles: true }));
  for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove'])
    forged.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: 10, clientY: 10 }));
}

/** Synthetic hover and focus on a real highlight of `actor`, as a page could send. */
export function poke(actor: string): void {
  const real = document.querySelector<HTMLElement>(`article [data-backstory-actor="${actor}"]`);
  if (!real) throw new Error(`No ${actor} highlight.`);
  for (const type of ['focusin']) real.dispatchEvent(new FocusEvent(type, { bubbles: true }));
  for (const type of ['pointerover', 'mouseover', 'mousemove'])
    real.dispatchEvent(new MouseEvent(type, { bubbles: true }));
}

export interface HostBox {
  width: number;
  height: number;
  display: string;
}

/** What the page can measure of the card's host: its box and whether it shows. */
export function cardHostBox(): HostBox | null {
  const host = document.querySelector<HTMLElement>('backstory-card');
  if (!host) return null;
  const box = host.getBoundingClientRect();
  return { width: box.width, height: box.height, display: getComputedStyle(host).display };
}

/** Adds a page rule hiding the card host, as a page could to keep the card from the reader. */
export function hideCardByRule(): void {
  const style = document.createElement('style');
  style.textContent = 'backstory-card { display: none !important; visibility: hidden !important; }';
  document.head.append(style);
}

/** Every `data-backstory-actor` value in the page. */
export function actorMarks(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-backstory-actor]')].map(
    (el) => el.dataset.backstoryActor ?? '',
  );
}

/** True when a reader-specific `user:` id shows anywhere in the page's markup. */
export function userIdInPage(): boolean {
  return document.documentElement.outerHTML.includes('user:');
}
