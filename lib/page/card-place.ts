/** A box in viewport pixels, as `getBoundingClientRect` gives it. */
export interface Edges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What decides where the card goes: the highlight's box, the card's fixed size, the viewport. */
export interface CardPlacement {
  anchor: Edges;
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
  /** The card's writing direction (the interface's): it opens toward its end, from the start edge. */
  direction: 'ltr' | 'rtl';
  /** Gap between the highlight and the card. */
  gap: number;
}

/**
 * Where the card's top-left corner goes: below the highlight when it fits, above it otherwise; its
 * start edge at the highlight's start edge (the left one left to right, the right one right to left),
 * so it opens the way the reader reads; never off-screen sideways.
 */
export function placeCard(p: CardPlacement): { top: number; left: number } {
  const { anchor, width, height, gap } = p;
  const below = anchor.bottom + gap + height <= p.viewHeight || anchor.top - gap - height < 0;
  const top = below ? anchor.bottom + gap : anchor.top - gap - height;
  const start = p.direction === 'rtl' ? anchor.right - width : anchor.left;
  const left = Math.min(Math.max(gap, start), Math.max(gap, p.viewWidth - width - gap));
  return { top: Math.round(top), left: Math.round(left) };
}
