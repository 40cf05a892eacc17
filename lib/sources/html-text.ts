import { Parser } from 'htmlparser2';

/** Elements whose content is never text: scripts, styles and embedded documents. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
]);

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Text read out of HTML, and the http(s) links it cites (resolved against the base). */
export interface HtmlText {
  text: string;
  links: string[];
}

/**
 * Reads the text of an HTML fragment without a DOM (an MV3 service worker has no `DOMParser`):
 * scripts, styles and embedded documents are dropped, block elements break lines, entities are
 * decoded. The result is plain text for the library; nothing of the markup survives, so nothing
 * in it can run when it is shown.
 */
export function htmlToText(html: string, base?: string): HtmlText {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  const links = new Set<string>();
  // Block edges end a line; only `<br>` on an empty line makes a blank one (Telegram's paragraphs).
  const breakLine = (explicit = false) => {
    const clean = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (clean !== '' || explicit) lines.push(clean);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth += 1;
        else if (BLOCKS.has(name)) breakLine(name === 'br' && line.trim() === '');
        if (name === 'a' && attributes.href) {
          const link = httpUrl(attributes.href, base);
          if (link) links.add(link);
        }
      },
      ontext(text) {
        if (skipDepth === 0) line += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name) && name !== 'br') breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return { text: joinParagraphs(lines), links: [...links] };
}

/** Lines with runs of empty ones folded into one blank line, trimmed at both ends. */
function joinParagraphs(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `href` resolved against `base`, when it is an http(s) URL; null otherwise. */
export function httpUrl(href: string, base?: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
