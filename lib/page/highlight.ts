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

type Piece = { from: number; to: number; actorId: string };

/**
 * Wraps each span's text in a highlight element. A span that crosses inline markup ("Hakan
 * <b>Fidan</b>") gets one element per text node; one that crosses a block is dropped. The first
 * highlight of each actor outside a link is focusable, so the keyboard reaches every actor once.
 */
export function applyHighlights(segments: readonly Segment[], spans: readonly Span[]): Highlights {
  const elements = [...planPieces(segments, spans)].flatMap(([node, pieces]) => wrapPieces(node, pieces));
  return finish(elements);
}

/**
 * Like `applyHighlights`, in slices of about `sliceMs` with `pause` between them, in document order:
 * the first highlights show at once and a page with thousands never blocks input for long.
 */
export async function applyHighlightsInSlices(
  segments: readonly Segment[],
  spans: readonly Span[],
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Highlights> {
  const elements: HTMLElement[] = [];
  let sliceStart = performance.now();
  for (const [node, pieces] of planPieces(segments, spans)) {
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    // The page may have replaced this text meanwhile: then it is not ours to wrap any more.
    if (node.isConnected) elements.push(...wrapPieces(node, pieces));
  }
  return finish(elements);
}

/** Which parts of which text nodes to wrap, text nodes in document order. */
function planPieces(segments: readonly Segment[], spans: readonly Span[]): Map<Text, Piece[]> {
  const pieces = new Map<Text, Piece[]>();
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
  return pieces;
}

/** Wraps pieces of one text node, from the end backwards: splitting keeps the head in `node`. */
function wrapPieces(node: Text, pieces: Piece[]): HTMLElement[] {
  const elements: HTMLElement[] = [];
  for (const piece of [...pieces].sort((a, b) => b.from - a.from)) {
    if (piece.to > node.data.length) continue; // the page changed this text since it was read
    node.splitText(piece.to);
    const middle = node.splitText(piece.from);
    const element = node.ownerDocument.createElement(HIGHLIGHT_TAG);
    element.dataset.backstoryActor = piece.actorId;
    middle.replaceWith(element);
    element.append(middle);
    elements.unshift(element);
  }
  return elements;
}

function finish(elements: HTMLElement[]): Highlights {
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
