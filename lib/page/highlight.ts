import type { Segment } from './collect';

/** The element that marks a known actor in the page. */
export const HIGHLIGHT_TAG = 'backstory-highlight';

export interface Span {
  start: number;
  end: number;
  actorId: string;
}

export interface Highlights {
  /** The highlight elements, in document order. */
  elements: HTMLElement[];
  /** Puts the page's text back exactly as it was. */
  remove(): void;
}

/**
 * Wraps each span's text in a highlight element. A span that crosses inline markup ("Hakan
 * <b>Fidan</b>") gets one element per text node; one that crosses a block is dropped. The first
 * highlight of each actor outside a link is focusable, so the keyboard reaches every actor once.
 */
export function applyHighlights(segments: readonly Segment[], spans: readonly Span[]): Highlights {
  const pieces = new Map<Text, { from: number; to: number; actorId: string }[]>();
  let i = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (i < segments.length && (segments[i] as Segment).end <= span.start) i++;
    const covering: Segment[] = [];
    for (let j = i; j < segments.length && (segments[j] as Segment).start < span.end; j++) {
      covering.push(segments[j] as Segment);
    }
    if (covering.length === 0 || covering.some((s) => s.block !== covering[0]?.block)) continue;
    for (const segment of covering) {
      const from = Math.max(span.start, segment.start) - segment.start;
      const to = Math.min(span.end, segment.end) - segment.start;
      if (to <= from) continue;
      const list = pieces.get(segment.node) ?? [];
      list.push({ from, to, actorId: span.actorId });
      pieces.set(segment.node, list);
    }
  }
  const elements: HTMLElement[] = [];
  for (const [node, list] of pieces) {
    // From the end backwards: splitting keeps the earlier text in `node`, so earlier offsets stay valid.
    for (const piece of list.sort((a, b) => b.from - a.from)) {
      if (piece.to > node.data.length) continue; // the page changed this text since it was read
      node.splitText(piece.to);
      const middle = node.splitText(piece.from);
      const element = node.ownerDocument.createElement(HIGHLIGHT_TAG);
      element.dataset.backstoryActor = piece.actorId;
      middle.replaceWith(element);
      element.append(middle);
      elements.push(element);
    }
  }
  elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  makeFirstOfEachFocusable(elements);
  return { elements, remove: () => removeHighlights(elements) };
}

function makeFirstOfEachFocusable(elements: HTMLElement[]): void {
  const seen = new Set<string>();
  for (const element of elements) {
    const actorId = element.dataset.backstoryActor ?? '';
    element.setAttribute('aria-haspopup', 'dialog');
    if (seen.has(actorId) || element.closest('a, button, [tabindex]:not(backstory-highlight)')) continue;
    seen.add(actorId);
    element.tabIndex = 0;
  }
}

function removeHighlights(elements: readonly HTMLElement[]): void {
  for (const element of elements) {
    const parent = element.parentNode;
    if (parent === null) continue;
    element.replaceWith(...element.childNodes);
    parent.normalize();
  }
}
