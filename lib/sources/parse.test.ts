import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { discoverFeeds, looksLikeHtml } from './discover';
import { entryDraft, postDraft } from './drafts';
import { htmlToText } from './html-text';
import { parseFeedDocument } from './parse-feed';
import { parseTelegramPreview } from './telegram-preview';

const fixture = (name: string, encoding = 'utf-8') =>
  new TextDecoder(encoding).decode(readFileSync(join(import.meta.dirname, 'test-feeds', name)));

describe('feeds', () => {
  test('WordPress RSS 2.0: CDATA, content:encoded over the description, dc:creator, entities in links', () => {
    const feed = parseFeedDocument(fixture('rss-wordpress.xml'), 'https://warontherocks.example/feed/');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('War on the Rocks – Analysis');
    const [first, second] = feed.entries;
    expect(first).toMatchObject({
      key: 'https://warontherocks.example/?p=31337',
      url: 'https://warontherocks.example/2026/11/ankaras-balancing-act/?utm_source=rss&utm_medium=rss',
      title: 'Ankara’s Balancing Act: Fidan, Moscow and the Black Sea',
      author: 'Selin Aydın',
      publishedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(first?.text).toBe(
      'Hakan Fidan travelled to Moscow on Tuesday, his third visit this year.\nTurkey’s foreign minister met Sergey Lavrov & discussed the Black Sea grain corridor.\nFirst point\nSecond point\nRead our earlier piece.',
    );
    expect(first?.links).toEqual(['https://warontherocks.example/2026/10/earlier-piece/']);
    expect(second?.text).toBe('The alliance has a new plan for the High North.');
  });

  test('odd RSS: windows-1251, relative links, escaped markup and scripts as text, missing fields', () => {
    const feed = parseFeedDocument(fixture('rss-odd.xml', 'windows-1251'), 'http://odd.example/feed.xml');
    const byTitle = new Map(feed.entries.map((e) => [e.title, e]));
    const bold = feed.entries[0];
    expect(bold?.title).toBe('Bold claims & counter-claims');
    expect(bold?.url).toBe('http://odd.example/news/2026/relative-item.html');
    expect(bold?.text).toBe('Escaped HTML with an image.');
    expect(byTitle.get('No date here')?.publishedAt).toBeNull();
    const guidOnly = feed.entries.find((e) => e.key === 'http://odd.example/news/guid-only.html');
    expect(guidOnly).toMatchObject({
      url: 'http://odd.example/news/guid-only.html',
      title: '',
      publishedAt: '2026-11-21T04:00:00.000Z',
    });
    expect(byTitle.get('Neither link nor guid')).toMatchObject({ key: null, url: null });
    expect(byTitle.get('Entities: café Киев ©')?.publishedAt).toBeNull();
    expect(byTitle.get('Entities: café Киев ©')?.text).toBe('CDATA with markup & a raw ampersand');
    expect(byTitle.get('Кириллица в windows-1251')?.text).toBe('Киев и Москва.');
  });

  test('Atom: xml:base on feed and entry, html, xhtml and text constructs, summary only', () => {
    const feed = parseFeedDocument(fixture('atom-blog.xml'), 'https://thinktank.example/research/atom.xml');
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Think Tank & Research',
      siteUrl: 'https://thinktank.example/',
    });
    const [html, xhtml, summary] = feed.entries;
    expect(html).toMatchObject({
      key: 'tag:thinktank.example,2026:entry-7',
      url: 'https://thinktank.example/research/2026/11/sanctions-energy',
      title: 'Sanctions & Energy: What Brussels Wants',
      author: 'Marta Kowalska',
      publishedAt: '2026-11-24T08:15:00.000Z',
      text: 'The European Union weighs a new sanctions package on Russian gas.\nHungary objects.',
      links: ['https://europa.example/'],
    });
    expect(xhtml).toMatchObject({
      url: 'https://thinktank.example/other/relative-to-entry-base',
      title: 'XHTML title',
      publishedAt: '2026-11-20T08:00:00.000Z',
      text: 'Inline XHTML content about NATO.\nSecond paragraph.',
    });
    expect(summary).toMatchObject({ url: null, text: 'Plain text summary <not a tag>.' });
  });

  test('Atom in a prefixed namespace, and RSS 1.0 (RDF) with Dublin Core dates', () => {
    const prefixed = parseFeedDocument(fixture('atom-prefixed.xml'), 'https://prefixed.example/atom');
    expect(prefixed.entries).toMatchObject([
      { url: 'https://prefixed.example/entry-1', text: 'Content of the prefixed entry.' },
    ]);
    const rdf = parseFeedDocument(fixture('rdf-rss1.xml'), 'https://rdf.example/rss');
    expect(rdf.format).toBe('rdf');
    expect(rdf.entries).toMatchObject([
      {
        url: 'https://rdf.example/story/1',
        author: 'R. D. Fox',
        publishedAt: '2026-11-15T10:00:00.000Z',
        text: 'Story text.',
      },
    ]);
  });

  test('JSON Feed 1.1 and 1.0 fields: content_html, content_text, relative url, external_url', () => {
    const feed = parseFeedDocument(fixture('jsonfeed.json'), 'https://newsletter.example/feed.json');
    expect(feed.format).toBe('json');
    const [iran, plain, external, empty] = feed.entries;
    expect(iran).toMatchObject({
      key: '2026-11-25-iran',
      title: 'Tehran and the IAEA',
      text: 'Iran’s talks with the IAEA resumed in Vienna.',
      author: 'Leila Ahmadi',
      publishedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(plain).toMatchObject({ url: 'https://newsletter.example/2026/11/24/plain', title: '' });
    expect(plain?.text).toContain('Qatar mediating.\n\nSecond paragraph.');
    expect(external).toMatchObject({ url: 'https://elsewhere.example/original', text: 'Only a summary.' });
    expect(empty?.text).toBe('');
  });

  test.each([
    ['malformed.xml', /not well-formed XML \(line \d+/],
    ['html-not-a-feed.html', /HTML page, not a feed/],
  ])('%s is refused with a reason', (name, reason) => {
    expect(() => parseFeedDocument(fixture(name), 'https://x.example/feed')).toThrow(reason);
  });

  test.each([
    ['{"version": 1, ', /not valid JSON/],
    ['<?xml version="1.0"?><note><to>Tove</to></note>', /not an RSS, Atom or JSON feed/],
    ['{"hello": "world"}', /not an RSS, Atom or JSON feed/],
  ])('%s is refused with a reason', (body, reason) => {
    expect(() => parseFeedDocument(body, 'https://x.example/feed')).toThrow(reason);
  });
});

describe('entries as analyses', () => {
  const feed = { url: 'http://odd.example/feed.xml', title: 'Odd' };
  const now = Date.parse('2026-11-28T00:00:00Z');

  test('a linked entry is the article (the saved-page id); one without a link is named by feed and guid', () => {
    const entries = parseFeedDocument(fixture('rss-odd.xml', 'windows-1251'), feed.url).entries;
    const drafts = entries.map((e) => entryDraft(e, feed, now));
    expect(drafts[0]?.id).toBe('page:http://odd.example/news/2026/relative-item.html');
    expect(drafts[1]).toMatchObject({
      publishedAt: '2026-11-28T00:00:00.000Z',
      origin: 'feed',
      source: 'Odd',
    });
    expect(drafts[2]).toMatchObject({
      title: 'Only a permalink guid and a description, no title and no link.',
    });
    expect(drafts[3]?.id).toMatch(/^feed:/);
    expect(entryDraft(entries[3] as never, feed, now)?.id).toBe(drafts[3]?.id);
    // The empty <item> is left out by the parser; an entry with neither text nor title by entryDraft.
    expect(drafts).toHaveLength(6);
    expect(
      entryDraft({ key: 'k', url: null, title: ' ', publishedAt: null, text: '', links: [] }, feed, now),
    ).toBeNull();
  });

  test('text only: markup and scripts never survive into an analysis', () => {
    const { text } = htmlToText(
      '<p onclick="x()">a<script>evil()</script><style>p{}</style><img src=x onerror=y()>b</p><iframe>c</iframe>',
    );
    expect(text).toBe('ab');
  });
});

describe('autodiscovery', () => {
  test("a page's own feeds come before its comment feeds, resolved against the page", () => {
    expect(discoverFeeds(fixture('site-with-alternate.html'), 'https://thinktank.example/research/')).toEqual(
      [
        'https://thinktank.example/research/research/atom.xml',
        'https://thinktank.example/feed/',
        'https://thinktank.example/comments/feed/',
      ],
    );
    expect(discoverFeeds(fixture('html-not-a-feed.html'), 'https://x.example/')).toEqual([]);
  });

  test.each([
    ['<!DOCTYPE html><html>', 'text/html', true],
    ['<?xml version="1.0"?><rss>', 'text/html', false],
    ['<rss version="2.0">', 'application/rss+xml', false],
    ['<html lang="en">', '', true],
  ])('looksLikeHtml(%s, %s) is %s', (body, type, expected) => {
    expect(looksLikeHtml(body, type)).toBe(expected);
  });
});

describe('Telegram preview', () => {
  const page = parseTelegramPreview(fixture('telegram-preview.html'), 'https://t.me/s/blacksea_desk');

  test('posts with their text, links, hashtags and signature; replies and photos left out', () => {
    expect(page.title).toBe('Black Sea Desk');
    expect(page.before).toBe(1201);
    expect(page.posts.map((p) => p.post)).toEqual([1201, 1202, 1204]);
    const [first, second] = page.posts;
    expect(first).toMatchObject({
      username: 'blacksea_desk',
      publishedAt: '2026-11-24T09:30:12.000Z',
      text: "Fidan in Moscow.\nTurkey's foreign minister Hakan Fidan met Sergey Lavrov on Tuesday.\n\nFull report: news.example/fidan-lavrov #Turkey #Russia",
      links: ['https://news.example/fidan-lavrov'],
      hashtags: ['Turkey', 'Russia'],
      author: 'Ayşe K.',
    });
    expect(second?.text).toBe(
      'Update: the grain corridor talks continue & NATO is watching.\n<script>alert(1)</script> stays text.',
    );
  });

  test('a post is the same analysis as its export: same t.me link, id by username', () => {
    const draft = postDraft(page.posts[0] as never, page.title);
    expect(draft).toMatchObject({
      id: 'tg:@blacksea_desk:1201',
      url: 'https://t.me/blacksea_desk/1201',
      title: 'Fidan in Moscow.',
      origin: 'telegram',
      source: 'Black Sea Desk',
    });
    expect(postDraft(page.posts[2] as never, '').title).toMatch(/…$|\.$/);
  });

  test('a page that is not a channel preview is refused', () => {
    expect(() => parseTelegramPreview(fixture('html-not-a-feed.html'), 'https://t.me/s/nobody')).toThrow(
      /not the public preview/,
    );
  });
});
