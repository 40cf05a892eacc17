import { DomUtils, parseDocument } from 'htmlparser2';
import { httpUrl } from './html-text';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

/**
 * The feeds a web page names in `<link rel="alternate" type="...">`, best first: the page's own
 * feeds before comment feeds (WordPress names both), in document order otherwise.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const document = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  const found: { url: string; comments: boolean }[] = [];
  for (const link of DomUtils.getElementsByTagName('link', document)) {
    const rel = (DomUtils.getAttributeValue(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    const type = (DomUtils.getAttributeValue(link, 'type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = httpUrl(DomUtils.getAttributeValue(link, 'href') ?? '', pageUrl);
    if (url === null || found.some((f) => f.url === url)) continue;
    const title = DomUtils.getAttributeValue(link, 'title') ?? '';
    found.push({ url, comments: /comment/i.test(title) || /\/comments?\//i.test(url) });
  }
  return [...found.filter((f) => !f.comments), ...found.filter((f) => f.comments)].map((f) => f.url);
}

/** True when a document looks like HTML rather than a feed (checked on its first bytes). */
export function looksLikeHtml(body: string, contentType: string): boolean {
  const start = body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/.test(start)) return true;
  return /^text\/html\b/i.test(contentType) && !start.startsWith('<?xml') && !start.startsWith('{');
}
