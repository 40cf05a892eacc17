import { Readability } from '@mozilla/readability';
import type { SavedPageDraft } from '../messaging/contract';

/** Elements that end a paragraph: their text is set apart by a blank line. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
]);

/**
 * Plain text of the article content, one paragraph per block, blank lines between them.
 * `textContent` alone would glue "end.Next" together wherever the markup had no whitespace.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      // One line break inside a paragraph is a break, not a new paragraph; keep it as a space.
      line += ' ';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** "Talks resume | Example News" → "Talks resume": Readability keeps the site in short titles. */
function withoutSiteName(title: string, site: string): string {
  if (!site) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ']) {
    const suffix = `${separator}${site}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}

/**
 * Reads the article on a page with Readability: title, byline, site, publication date and text.
 * Works on a clone, because Readability rearranges the document it is given. Returns null when
 * Readability finds no article (an index page, an empty document).
 */
export function extractArticle(doc: Document, url: string): SavedPageDraft | null {
  const copy = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(copy, { serializer: blockText }).parse();
  } catch {
    // Readability throws on documents without a body or with odd markup; that is "no article" too.
    return null;
  }
  const text = parsed?.content?.trim() ?? '';
  if (!parsed || !text) return null;
  const site = clean(parsed.siteName);
  const author = clean(parsed.byline);
  const publishedAt = clean(parsed.publishedTime);
  return {
    url,
    title: withoutSiteName(clean(parsed.title) || clean(doc.title), site),
    source: site || hostnameOf(url),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    text,
  };
}
