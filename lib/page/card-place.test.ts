import { describe, expect, test } from 'vitest';
import { type CardPlacement, placeCard } from './card-place';

const at = (left: number, right: number, top = 100): CardPlacement['anchor'] => ({
  left,
  right,
  top,
  bottom: top + 20,
});
const base = { width: 360, height: 360, viewWidth: 1280, viewHeight: 900, gap: 6 };

describe('placeCard', () => {
  test.each([
    ['ltr', at(500, 560), 500],
    // Right to left the card's right edge meets the highlight's right edge: 560 - 360.
    ['rtl', at(500, 560), 200],
    // Near the start side's edge of the screen it stays on screen.
    ['ltr', at(1200, 1260), 1280 - 360 - 6],
    ['rtl', at(10, 70), 6],
  ] as const)('%s: a highlight at %j opens the card at x %d', (direction, anchor, left) => {
    expect(placeCard({ ...base, anchor, direction })).toEqual({ top: 126, left });
  });

  test('above the highlight when there is no room below', () => {
    expect(placeCard({ ...base, anchor: at(500, 560, 800), direction: 'rtl' })).toEqual({
      top: 800 - 6 - 360,
      left: 200,
    });
  });
});
