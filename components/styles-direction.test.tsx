import { expect, test } from 'vitest';
import { CARD_CSS } from './card-styles';
import { OPTIONS_CSS } from './options/options-styles';
import { ANALYSIS_CSS, PAGE_CSS } from './page-styles';
import { POPUP_CSS } from './popup/popup-styles';
import { ITEM_CSS, themeCss } from './theme-styles';
import { WELCOME_CSS } from './welcome/welcome-styles';

/**
 * Every stylesheet of the interface says start and end, never left and right: under `dir="rtl"` (a
 * right-to-left catalogue) a physical margin or alignment stays where it was and the layout does not
 * mirror. `tests/e2e/rtl.e2e.ts` checks the mirrored layout in the browsers.
 */
const PHYSICAL =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset)-(?:left|right)|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/m;

test.each([
  ['card', CARD_CSS],
  ['options', OPTIONS_CSS],
  ['page', PAGE_CSS],
  ['analysis', ANALYSIS_CSS],
  ['popup', POPUP_CSS],
  ['items', ITEM_CSS],
  ['theme', themeCss(':root')],
  ['welcome', WELCOME_CSS],
])('the %s styles use logical sides only', (_, css) => {
  expect(css.match(PHYSICAL)?.[0]).toBeUndefined();
});
