/** A run of page text: `text.slice(start, end)` is `node.data` at the time of collection. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
  /** Segments with different blocks are in different paragraphs: no mention may span them. */
  block: number;
}

export interface PageText {
  text: string;
  segments: Segment[];
}

/** Subtrees never scanned: not prose, not the article, or not ours to touch. */
const SKIP_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION BUTTON CODE PRE KBD SAMP VAR SVG MATH ' +
    'IFRAME CANVAS VIDEO AUDIO NAV FOOTER ASIDE FORM MENU DIALOG BACKSTORY-HIGHLIGHT BACKSTORY-CARD'
  ).split(' '),
);

const SKIP_ROLES = new Set(
  'navigation menu menubar banner contentinfo search complementary form dialog alert toolbar tablist textbox code'.split(
    ' ',
  ),
);

const BLOCK_TAGS = new Set(
  (
    'P DIV LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE SECTION ARTICLE MAIN FIGCAPTION FIGURE TD TH TR TABLE ' +
    'DD DT DL HEADER BODY'
  ).split(' '),
);

/** Placed between blocks; two line breaks end any name, so no alias can match across them. */
export const BLOCK_SEPARATOR = '\n\n';

/** Nodes visited between two looks at the clock when collecting in slices. */
const NODES_PER_CHECK = 200;

/**
 * True when an element and everything in it is left alone. Attribute checks only: reading computed
 * style (`isContentEditable` does) would force a style recalculation per element on big pages.
 */
export function isSkipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'HEADER' && element.closest('article, main, [itemprop="articleBody"]') === null) {
    return true; // the site's header (logo, menus), not an article's own heading block
  }
  const role = element.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * The most text a page sends the worker in one reading, in characters: about 80,000 words, far more than
 * any article (a 10,000-word one is 60,000). A page with more is read up to there: the walk stops, so a
 * page cannot make the content script copy or send megabytes (issue 14, flooding).
 */
export const MAX_PAGE_TEXT = 500_000;

/** The article's text nodes under `root` as one string, with where each node sits in it. */
export function collectText(root: Element, maxChars = MAX_PAGE_TEXT): PageText {
  const walk = walkText([root], maxChars);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/**
 * Like `collectText`, over one root or several (read as one text, in order, blocks apart), handing the
 * main thread back (`pause`) whenever a slice has run for `sliceMs`, so a huge page never blocks input
 * for long. Stops at `maxChars`, at a text node's start.
 */
export async function collectTextInSlices(
  roots: Element | readonly Element[],
  pause: () => Promise<void>,
  sliceMs = 8,
  maxChars = MAX_PAGE_TEXT,
): Promise<PageText> {
  const walk = walkText(Array.isArray(roots) ? roots : [roots as Element], maxChars);
  let sliceStart = performance.now();
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Skipped subtrees (see `isSkipped`) and whitespace-only nodes are left out. */
function* walkText(roots: readonly Element[], maxChars: number): Generator<void, PageText> {
  const blockOf = new Map<Element, Element | null>();
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let block = 0;
  let lastBlock: Element | null = null;
  let visited = 0;
  for (const root of roots) {
    // No filter callback: calling into script for every node cost more than the walk itself.
    const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* elements and text */);
    for (let node = walker.nextNode(); node !== null; ) {
      // Elements count too: a page of deep markup around little text costs its time in the walk itself.
      if (++visited % NODES_PER_CHECK === 0) yield;
      if (node.nodeType !== 3) {
        node = isSkipped(node as Element) ? pastSubtree(walker, root) : walker.nextNode();
        continue;
      }
      const text = node as Text;
      node = walker.nextNode();
      if (!NOT_SPACE.test(text.data)) continue;
      const blockElement = nearestBlock(text.parentElement, blockOf);
      const gap = blockElement !== lastBlock && segments.length > 0 ? BLOCK_SEPARATOR.length : 0;
      if (length + gap + text.data.length > maxChars) return { text: parts.join(''), segments };
      if (gap > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += gap;
        block += 1;
      }
      lastBlock = blockElement;
      segments.push({ node: text, start: length, end: length + text.data.length, block });
      parts.push(text.data);
      length += text.data.length;
    }
    // Two roots are two blocks, even when they share one.
    lastBlock = null;
  }
  return { text: parts.join(''), segments };
}

const NOT_SPACE = /\S/;

/** Moves the walker past the current node's subtree: to its next sibling, or its nearest ancestor's. */
function pastSubtree(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    const parent = walker.parentNode();
    if (parent === null || parent === root) return null;
  }
}

/**
 * The block element (paragraph, list item, cell...) whose lines hold `element`'s text. Memoised per
 * element, so a page costs one look per element, not one walk up per text node.
 */
export function nearestBlock(element: Element | null, memo: Map<Element, Element | null>): Element | null {
  if (element === null) return null;
  const known = memo.get(element);
  if (known !== undefined) return known;
  const found = BLOCK_TAGS.has(element.tagName.toUpperCase())
    ? element
    : nearestBlock(element.parentElement, memo);
  memo.set(element, found);
  return found;
}
