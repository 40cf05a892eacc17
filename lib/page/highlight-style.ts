import { HIGHLIGHT_TAG } from './highlight';

/**
 * The highlight's look, added once to the page. Background and an inset shadow only: no padding,
 * margin, border or font change, so text does not move.
 */
export const HIGHLIGHT_CSS = `
${HIGHLIGHT_TAG} {
  background-color: rgba(250, 204, 21, 0.3);
  box-shadow: inset 0 -1px 0 rgba(161, 98, 7, 0.75);
  border-radius: 2px;
  color: inherit;
  cursor: help;
}
${HIGHLIGHT_TAG}:hover, ${HIGHLIGHT_TAG}:focus-visible {
  background-color: rgba(250, 204, 21, 0.5);
}
${HIGHLIGHT_TAG}:focus-visible {
  outline: 2px solid #2563eb;
  outline-offset: 1px;
}
@media (prefers-color-scheme: dark) {
  ${HIGHLIGHT_TAG} {
    background-color: rgba(250, 204, 21, 0.22);
    box-shadow: inset 0 -1px 0 rgba(250, 204, 21, 0.7);
  }
}
`;

/** Adds the highlight style to the page once; returns a function that takes it out again. */
export function installHighlightStyle(doc: Document): () => void {
  const style = doc.createElement('style');
  style.dataset.backstory = 'highlight-style';
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
