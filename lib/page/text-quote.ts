import type { TextQuote } from '../model';

/** Characters of context kept on each side of a quote: enough to find it again, short enough to read. */
export const QUOTE_CONTEXT = 32;
/** Longest passage quoted; a longer selection is not a quote but a copy of the page. */
export const MAX_QUOTE = 2_000;

/**
 * The selected passage as a TextQuoteSelector (W3C Web Annotation): the exact text and the text
 * just before and after it in the same document. Null when nothing (or only white space) is
 * selected, or the selection is in a form field.
 */
export function quoteSelection(selection: Selection | null, context = QUOTE_CONTEXT): TextQuote | null {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (element?.closest('input, textarea, [contenteditable="true"]')) return null;
  const exact = fold(range.toString()).trim();
  if (exact === '' || exact.length > MAX_QUOTE) return null;
  const doc = range.startContainer.ownerDocument ?? document;
  const body = doc.body ?? doc.documentElement;
  const before = doc.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(body, body.childNodes.length);
  return {
    exact,
    prefix: fold(before.toString()).slice(-context).trimStart(),
    suffix: fold(after.toString()).slice(0, context).trimEnd(),
  };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ');
}
