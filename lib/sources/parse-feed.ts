import { XMLValidator } from 'fast-xml-parser';
import { type AnyFeed, parseFeed } from 'feedsmith';
import { htmlToText, httpUrl } from './html-text';
import { SourceError } from './source-error';

/** One entry of a feed, as plain text. */
export interface FeedEntry {
  /** What makes it the same entry next time: its guid or id, else its link; null when it has neither. */
  key: string | null;
  /** Its http(s) link, resolved against the feed's base; null when it has none. */
  url: string | null;
  title: string;
  author?: string;
  /** ISO 8601, or null when the entry has no readable date. */
  publishedAt: string | null;
  /** From the full content when the feed has it, its summary otherwise. */
  text: string;
  links: string[];
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string;
  siteUrl: string | null;
  entries: FeedEntry[];
}

/**
 * Reads an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document fetched from `feedUrl` with feedsmith,
 * which parses XML without a DOM (fast-xml-parser underneath). Markup in titles and content becomes
 * text. Throws a `SourceError` for anything that is not a well-formed feed: feedsmith is lenient and
 * would read half of a broken document, so XML is checked for well-formedness first.
 */
export function parseFeedDocument(body: string, feedUrl: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trim();
  let input: unknown = text;
  if (text.startsWith('{')) {
    try {
      input = JSON.parse(text);
    } catch {
      throw new SourceError('sourceFailJson');
    }
  } else if (/^(<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(text)) {
    throw new SourceError('sourceFailHtml');
  } else {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      throw new SourceError('sourceFailXml', valid.err.line, valid.err.msg);
    }
  }
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(input);
  } catch {
    throw new SourceError('sourceFailNotFeed');
  }
  return normalise(parsed, feedUrl);
}

function normalise(parsed: AnyFeed, feedUrl: string): ParsedFeed {
  if (parsed.format === 'atom') {
    const { feed } = parsed;
    const base = httpUrl(feed.xml?.base ?? '', feedUrl) ?? feedUrl;
    const entries = (feed.entries ?? []).map((entry) => {
      const entryBase = httpUrl(entry.xml?.base ?? '', base) ?? base;
      const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
      const body = entry.content?.value ? entry.content : entry.summary;
      return feedEntry({
        key: entry.id || null,
        link: link?.href,
        base: entryBase,
        title: atomText(entry.title),
        author: entry.authors?.[0]?.name,
        date: entry.published ?? entry.updated,
        body: body ? atomText(body, entryBase) : { text: '', links: [] },
      });
    });
    const site = feed.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
    return { format: 'atom', title: atomText(feed.title).text, siteUrl: httpUrl(site ?? '', base), entries };
  }
  if (parsed.format === 'json') {
    const { feed } = parsed;
    const entries = (feed.items ?? []).map((item) =>
      feedEntry({
        key: item.id || null,
        link: item.url ?? item.external_url,
        base: feedUrl,
        title: { text: item.title ?? '' },
        author: item.authors?.[0]?.name,
        date: item.date_published ?? item.date_modified,
        body: item.content_html
          ? htmlToText(item.content_html, feedUrl)
          : { text: item.content_text ?? item.summary ?? '', links: [] },
      }),
    );
    return {
      format: 'json',
      title: feed.title ?? '',
      siteUrl: httpUrl(feed.home_page_url ?? '', feedUrl),
      entries,
    };
  }
  // RSS 0.9x/2.0 and RDF (RSS 1.0): relative links are read against the channel's link.
  const { feed } = parsed;
  const base = httpUrl(feed.link ?? '', feedUrl) ?? feedUrl;
  const entries = (feed.items ?? []).map((item) => {
    const guid = 'guid' in item ? item.guid : undefined;
    const permalink = guid?.isPermaLink !== false ? guid?.value : undefined;
    const author =
      ('authors' in item ? item.authors?.[0]?.name : undefined) ?? item.dc?.creators?.[0] ?? undefined;
    const content = item.content?.encoded ?? item.description ?? '';
    return feedEntry({
      key: guid?.value || item.link || null,
      link: item.link ?? (permalink && /^https?:/i.test(permalink) ? permalink : undefined),
      base,
      title: htmlToText(item.title ?? ''),
      author,
      date: ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0],
      body: htmlToText(content, base),
    });
  });
  return {
    format: parsed.format,
    title: htmlToText(feed.title ?? '').text,
    siteUrl: httpUrl(feed.link ?? '', feedUrl),
    entries,
  };
}

/** An Atom text construct as text: `html` and `xhtml` are read as markup, `text` as it is. */
function atomText(construct: { value?: string; type?: string } | undefined, base?: string) {
  const value = construct?.value ?? '';
  if (construct?.type === 'html' || construct?.type === 'xhtml') return htmlToText(value, base);
  return { text: value.trim(), links: [] };
}

interface EntryParts {
  key: string | null;
  link: string | undefined;
  base: string;
  title: { text: string };
  author: string | undefined;
  date: string | undefined;
  body: { text: string; links: string[] };
}

function feedEntry(parts: EntryParts): FeedEntry {
  const url = parts.link ? httpUrl(parts.link, parts.base) : null;
  const time = parts.date ? Date.parse(parts.date) : Number.NaN;
  const author = parts.author?.trim();
  return {
    key: parts.key ?? url,
    url,
    title: parts.title.text.replace(/\s+/g, ' ').trim(),
    ...(author ? { author } : {}),
    publishedAt: Number.isNaN(time) ? null : new Date(time).toISOString(),
    text: parts.body.text,
    links: parts.body.links,
  };
}
