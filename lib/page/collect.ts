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
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'MENU',
  'DIALOG',
  'BACKSTORY-HIGHLIGHT',
  'BACKSTORY-CARD',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'form',
  'dialog',
  'alert',
  'toolbar',
  'tablist',
  'textbox',
  'code',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FIGCAPTION',
  'FIGURE',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'DD',
  'DT',
  'DL',
  'HEADER',
  'BR',
  'HR',
  'BODY',
]);

/** Placed between blocks; two line breaks end any name, so no alias can match across them. */
export const BLOCK_SEPARATOR = '\n\n';

/** True when an element and everything in it is left alone. */
export function isSkipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.tagName === 'HEADER' && element.closest('article, main, [itemprop="articleBody"]') === null) {
    return true; // the site's header (logo, menus), not an article's own heading block
  }
  const role = element.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * The article's text nodes under `root` as one string, with where each node sits in it. Skipped
 * subtrees (see `isSkipped`) and whitespace-only nodes are left out.
 */
export function collectText(root: Element): PageText {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */, {
    acceptNode: (node) =>
      node.nodeType === 1 && isSkipped(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let block = 0;
  let lastBlockElement: Element | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = node as Text;
    if (text.data.trim() === '') continue;
    const blockElement = nearestBlock(text);
    if (blockElement !== lastBlockElement && segments.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
      block += 1;
    }
    lastBlockElement = blockElement;
    segments.push({ node: text, start: length, end: length + text.data.length, block });
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), segments };
}

function nearestBlock(node: Node): Element | null {
  for (let el = node.parentElement; el !== null; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}
