/**
 * In-page measures of a mirrored layout (tests/e2e/rtl.e2e.ts), run through `TestPage.evaluate`:
 * each function is serialised on its own, so nothing from outside may be used inside.
 */

/** The document's language and direction, and the browser's interface language. */
export function documentDirection(): { lang: string; dir: string; computed: string } {
  const root = document.documentElement;
  return { lang: root.lang, dir: root.dir, computed: getComputedStyle(root).direction };
}

/**
 * For each visible element matching `selector`, how far its text sits from the right and from the
 * left of the element's content box: text laid out from the start sits at the right right to left.
 */
export function textSides(selector: string): { text: string; fromRight: number; fromLeft: number }[] {
  return [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const inner = {
        left: box.left + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.borderLeftWidth),
        right: box.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth),
      };
      return {
        text: (element.textContent ?? '').trim(),
        fromRight: Math.round(inner.right - text.right),
        fromLeft: Math.round(text.left - inner.left),
      };
    });
}

/** For each popup actor row: the x of the name's and of the count's centre. */
export function actorRowOrder(): { name: number; count: number }[] {
  const centre = (element: Element | null) => {
    const rect = element?.getBoundingClientRect();
    return rect ? rect.left + rect.width / 2 : Number.NaN;
  };
  return [...document.querySelectorAll('[data-testid=page-actor]')].map((row) => ({
    name: centre(row.querySelector('.bs-actor-name')),
    count: centre(row.querySelector('.bs-count')),
  }));
}

/** How many pixels the page is wider than its viewport (0: no horizontal overflow). */
export function horizontalOverflow(): number {
  const root = document.documentElement;
  return root.scrollWidth - root.clientWidth;
}

/** The card's host and the highlight it opened for, in viewport pixels, and the viewport's width. */
export function cardBeside(actor: string): {
  card: { left: number; right: number; top: number };
  anchor: { left: number; right: number; bottom: number };
  viewWidth: number;
} | null {
  const host = document.querySelector('backstory-card');
  const highlight = document.querySelector(`article [data-backstory-actor="${actor}"]`);
  if (!host || !highlight) return null;
  const card = host.getBoundingClientRect();
  const anchor = highlight.getBoundingClientRect();
  return {
    card: { left: card.left, right: card.right, top: card.top },
    anchor: { left: anchor.left, right: anchor.right, bottom: anchor.bottom },
    viewWidth: document.documentElement.clientWidth,
  };
}
