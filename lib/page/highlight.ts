import { nearestBlock, type Segment } from './collect';
import { actorOfHighlight, HIGHLIGHT_TAG, markOwn, markOwnHighlight } from './own-nodes';

export { HIGHLIGHT_TAG };

export interface Span {
  start: number;
  end: number;
  actorId: string;
  /** What `data-backstory-actor` shows the page; the actor id when absent (see `PageIds`). */
  mark?: string;
}

export interface Highlights {
  /** The highlight elements, in document order. */
  elements: HTMLElement[];
  /** Puts the page's text back exactly as it was, in the same text nodes. */
  remove(): void;
}

type Piece = { from: number; to: number; actorId: string; mark: string };

/** Gives a new highlight element its look, before it goes into the page. */
export type Paint = (element: HTMLElement) => void;

/** One text node of the page, split for its highlights: `created` follow it, in document order. */
interface Wrap {
  node: Text;
  created: ChildNode[];
  elements: HTMLElement[];
}

/** Text nodes wrapped between two layout checks: the first batch, then sized to half a slice. */
const FIRST_BATCH = 32;
const MIN_BATCH = 8;
const MAX_BATCH = 1024;

/** Sub-pixel movement of a block's end is glyph positioning at the new text boundaries, not a re-wrap. */
const MOVED_PX = 0.5;

/**
 * Wraps each span's text in a highlight element. A span that crosses inline markup ("Hakan
 * <b>Fidan</b>") gets one element per text node; one that crosses a block is dropped. The first
 * highlight of each actor outside a link is focusable, so the keyboard reaches every actor once.
 * A paragraph whose lines break differently once wrapped (splitting text rounds each part's width,
 * which can push a word that ends right at the edge to the next line) gets its highlights taken out
 * again: a highlight must never move the page's text.
 */
export function applyHighlights(segments: readonly Segment[], spans: readonly Span[]): Highlights {
  const planned = [...planPieces(segments, spans)];
  const wrapper = new CheckedWrapper();
  wrapper.learn(planned);
  return finish(
    wrapper.check(
      wrapper.wrap(planned, () => {}),
      [],
    ),
  );
}

/**
 * Like `applyHighlights`, in slices of about `sliceMs` with `pause` between them, in document order:
 * the first batch is a slice of its own, so the first highlights show at once, and a page with
 * thousands never blocks input for long. Each later batch of text nodes is sized to fill about half a
 * slice, and costs one layout (see `CheckedWrapper`).
 */
export async function applyHighlightsInSlices(
  segments: readonly Segment[],
  spans: readonly Span[],
  pause: () => Promise<void>,
  { sliceMs = 8, beforeWrapping }: SliceOptions = {},
): Promise<Highlights> {
  const wraps: Wrap[] = [];
  const planned = [...planPieces(segments, spans)];
  // A budget below zero makes one text node a batch (tests use it to check the slicing).
  let size = sliceMs < 0 ? 1 : FIRST_BATCH;
  const first = planned.slice(0, size);
  // Read while the page's layout is as the page left it, before any change of ours.
  const wrapper = new CheckedWrapper();
  wrapper.learn(first);
  const paint = beforeWrapping?.(first[0]?.[0] ?? null) ?? (() => {});
  let sliceStart = performance.now();
  for (let at = 0; at < planned.length; ) {
    if (at === first.length || performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    const started = performance.now();
    const batch = planned.slice(at, at + size);
    at += size;
    const next = planned.slice(at, at + size);
    wraps.push(...wrapper.check(wrapper.wrap(batch, paint), next));
    if (sliceMs >= 0) {
      const perNode = (performance.now() - started) / Math.max(1, batch.length);
      size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.floor(sliceMs / 2 / Math.max(perNode, 0.001))));
    }
  }
  return finish(wraps);
}

export interface SliceOptions {
  /** Time per slice before pausing, in ms; below zero, every text node is a slice. */
  sliceMs?: number;
  /**
   * Runs once the first paragraphs' ends are read (the layout is up to date) and before anything is
   * wrapped, with the first text node to be wrapped; returns what paints each highlight element.
   */
  beforeWrapping?: (firstNode: Text | null) => Paint;
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
      list.push({ from, to, actorId: span.actorId, mark: span.mark ?? span.actorId });
      pieces.set(segment.node, list);
    }
  }
  return pieces;
}

/**
 * Wraps text nodes so that no paragraph's lines break differently: it knows where each paragraph's
 * text ended before it wrapped anything there (the end of a paragraph's text moves when any of its
 * lines breaks differently) and takes a paragraph's highlights out again when its end moved. Reading
 * positions needs an up-to-date layout, so each check reads, in one layout, both the ends after the
 * batch just wrapped and the ends before the next batch.
 */
class CheckedWrapper {
  readonly #memo = new Map<Element, Element | null>();
  /**
   * One range for every measurement: a range stays live (the browser updates it on every change to
   * the document) until it is collected, so a new one per paragraph made each split cost more.
   */
  #range: Range | null = null;
  /** Each paragraph's text end as last seen with nothing of it wrapped that was taken out since. */
  readonly #ends = new Map<Element, TextEnd | null>();

  /** Notes where the paragraphs of `batch` end, for those not seen yet. */
  learn(batch: readonly [Text, Piece[]][]): void {
    for (const [node] of batch) {
      const block = this.#blockOf(node);
      if (block !== null && !this.#ends.has(block))
        this.#ends.set(block, textEnd(block, this.#rangeFor(block)));
    }
  }

  /**
   * Wraps the pieces of the text nodes still in the page (the page may have replaced some meanwhile).
   * Paragraphs not learned yet (a batch grown since the last check) are learned first, at the cost of
   * a layout: a paragraph is never wrapped without knowing where it ended.
   */
  wrap(batch: readonly [Text, Piece[]][], paint: Paint): Wrap[] {
    this.learn(batch);
    return batch
      .filter(([node]) => node.isConnected)
      .map(([node, pieces]) => wrapPieces(node, pieces, paint));
  }

  /** Keeps the wraps whose paragraphs did not move, restores the others, and learns `next`. */
  check(wraps: Wrap[], next: readonly [Text, Piece[]][]): Wrap[] {
    const moved = new Set<Element>();
    for (const block of new Set(wraps.map((wrap) => this.#blockOf(wrap.node)))) {
      if (block === null) continue;
      const before = this.#ends.get(block) ?? null;
      const after = textEnd(block, this.#rangeFor(block));
      if (before !== null && after !== null && hasMoved(before, after)) moved.add(block);
      else this.#ends.set(block, after);
    }
    // Same layout as the reads above: nothing has changed since.
    this.learn(next);
    if (moved.size === 0) return wraps;
    return wraps.filter((wrap) => {
      const block = this.#blockOf(wrap.node);
      if (block === null || !moved.has(block)) return true;
      restore(wrap);
      return false;
    });
  }

  #rangeFor(block: Element): Range {
    this.#range ??= block.ownerDocument.createRange();
    return this.#range;
  }

  #blockOf(node: Text): Element | null {
    return nearestBlock(node.parentElement, this.#memo);
  }
}

interface TextEnd {
  x: number;
  y: number;
  height: number;
}

/**
 * Where the last visible character of a block's text is, from the block's corner (the page moving the
 * whole block is not a re-wrap), and how tall the block is.
 */
function textEnd(block: Element, range: Range): TextEnd | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let node = walker.lastChild() as Text | null;
  while (node !== null && !/\S/.test(node.data)) node = walker.previousNode() as Text | null;
  if (node === null) return null;
  const last = node.data.trimEnd().length - 1;
  range.setStart(node, last);
  range.setEnd(node, last + 1);
  // The glyph's own box is the last with a width: a character right after a line break can also have
  // an empty box, or a soft hyphen's hyphen, at the end of the line before.
  const boxes = [...range.getClientRects()].filter((b) => b.width > 0);
  const char = boxes[boxes.length - 1] ?? range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  return { x: char.right - box.left, y: char.top - box.top, height: box.height };
}

function hasMoved(a: TextEnd, b: TextEnd): boolean {
  return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.height - b.height)) > MOVED_PX;
}

/** Wraps pieces of one text node, from the end backwards: splitting keeps the head in `node`. */
function wrapPieces(node: Text, pieces: Piece[], paint: Paint): Wrap {
  const wrap: Wrap = { node, created: [], elements: [] };
  for (const piece of [...pieces].sort((a, b) => b.from - a.from)) {
    if (piece.to > node.data.length) continue; // the page changed this text since it was read
    const tail = node.splitText(piece.to);
    const middle = node.splitText(piece.from);
    const element = node.ownerDocument.createElement(HIGHLIGHT_TAG);
    element.dataset.backstoryActor = piece.mark;
    // Known by identity from now on: the live watcher skips these, cards open only for these.
    markOwnHighlight(element, piece.actorId);
    markOwn(tail);
    markOwn(middle);
    paint(element);
    middle.replaceWith(element);
    element.append(middle);
    wrap.created.unshift(element, tail);
    wrap.elements.unshift(element);
  }
  return wrap;
}

/**
 * Puts a wrapped text node back as it was: its text joined again in the page's own node (so a page
 * script holding that node still holds the whole text), and the nodes Backstory made taken out. Were
 * they moved by the page meanwhile, each highlight is only unwrapped where it is.
 */
function restore({ node, created }: Wrap): void {
  const inPlace =
    node.isConnected &&
    created.every(
      (n, i) => n.parentNode === node.parentNode && n.previousSibling === (created[i - 1] ?? node),
    );
  if (inPlace) {
    node.appendData(created.map((n) => n.textContent ?? '').join(''));
    for (const n of created) n.remove();
    return;
  }
  for (const n of created) {
    if (n.nodeType === Node.ELEMENT_NODE && n.parentNode !== null) n.replaceWith(...n.childNodes);
  }
}

function finish(wraps: Wrap[]): Highlights {
  const elements = wraps.flatMap((wrap) => wrap.elements);
  makeFirstOfEachFocusable(elements);
  return { elements, remove: () => wraps.forEach(restore) };
}

function makeFirstOfEachFocusable(elements: HTMLElement[]): void {
  const seen = new Set<string>();
  for (const element of elements) {
    const actorId = actorOfHighlight(element) ?? '';
    element.setAttribute('aria-haspopup', 'dialog');
    if (seen.has(actorId) || element.closest('a, button, [tabindex]:not(backstory-highlight)')) continue;
    seen.add(actorId);
    element.tabIndex = 0;
  }
}
