import { FONT_STACK, ITEM_CSS, themeCss } from './theme-styles';

/**
 * The card's size in CSS pixels, the same for every actor (its height at most 70% of the viewport):
 * the page can measure the card's host, so a card that grew with the reader's analyses and notes would
 * tell it how much the library holds on an actor (issue 14). Longer content scrolls inside.
 */
export const CARD_WIDTH = 360;
export const CARD_HEIGHT = 360;

/**
 * The actor card's whole stylesheet, for a `<style>` inside the content script's shadow root.
 * `:host { all: initial }` cuts off inherited page styles (font, colour, line-height), which the
 * shadow boundary alone does not.
 */
export const CARD_CSS = `
:host { all: initial; }
${themeCss(':host')}
.bs-card {
  /* The host's inline \`all: initial\` (against page rules) beats :host, so the font is set here. */
  font-family: ${FONT_STACK};
  font-size: 14px;
  line-height: 1.4;
  box-sizing: border-box;
  width: 100%;
  height: 100%;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 12px 14px;
  background: var(--bs-bg);
  color: var(--bs-fg);
  border: 1px solid var(--bs-border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  text-align: start;
}
.bs-card *, .bs-card *::before, .bs-card *::after { box-sizing: border-box; }
.bs-card-header { display: flex; align-items: flex-start; gap: 8px; }
.bs-card-title { flex: 1; margin: 0; font-size: 16px; font-weight: 700; overflow-wrap: anywhere; }
.bs-card-close {
  all: unset; cursor: pointer; width: 24px; height: 24px; line-height: 24px; text-align: center;
  border-radius: 4px; color: var(--bs-muted); font-size: 18px;
}
.bs-card-close:hover { background: var(--bs-surface); color: var(--bs-fg); }
.bs-card-close:focus-visible { outline: 2px solid var(--bs-accent); }
.bs-card-description { margin: 6px 0 0; }
.bs-card-asof { color: var(--bs-muted); font-size: 12px; }
.bs-card-status { margin: 8px 0 0; color: var(--bs-muted); }
@media (prefers-reduced-motion: no-preference) {
  .bs-card { animation: bs-card-in 120ms ease-out; }
  @keyframes bs-card-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
${ITEM_CSS}
`;
