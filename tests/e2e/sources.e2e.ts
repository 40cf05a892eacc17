import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { type FeedServer, startFeedServer } from './support/feed-server';
import {
  captureDownloads,
  capturedCount,
  countOf,
  hasHighlight,
  importEnded,
  lastCapturedText,
  pickImportFile,
  readReport,
  texts,
} from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { BROWSERS, type TestPage } from './support/types';

/**
 * Issue 15: feeds and a channel fill the library by themselves. Each source names one actor of
 * world-news.html, so its item shows in that actor's card on the article.
 */
const rssItem = (n: number, title: string, text: string) =>
  `<item><title>${title}</title><link>/news/${n}.html</link><guid>rss-${n}</guid><pubDate>Sat, 28 Nov 2026 0${n}:00:00 GMT</pubDate><description><![CDATA[<p>${text}</p><script>alert(1)</script>]]></description></item>`;
const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>RSS Desk</title><link>/</link>${items.join('')}</channel></rss>`;
const RSS_ITEMS = [
  rssItem(
    1,
    'Gazprom cuts its exports again',
    'Gazprom said on Friday it would cut pipeline exports to Europe.',
  ),
  rssItem(2, 'A quiet week for the markets', 'Nothing much happened on the markets this week.'),
];
const NEW_ITEM = rssItem(3, 'Gazprom signs a deal in Beijing', 'Gazprom signed a long-term supply contract.');
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:atom-desk</id><updated>2026-11-28T00:00:00Z</updated>
<entry><title type="html">Hezbollah &amp;amp; the border</title><link href="/atom/1"/><id>urn:a1</id><updated>2026-11-28T06:00:00Z</updated><content type="html">&lt;p&gt;Hezbollah fired rockets across the border, the army said.&lt;/p&gt;</content></entry>
<entry><title>Weather report</title><link href="/atom/2"/><id>urn:a2</id><updated>2026-11-27T06:00:00Z</updated><summary>Rain tomorrow.</summary></entry></feed>`;
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Desk',
  items: [
    {
      id: 'j1',
      url: '/json/1',
      title: 'Wadephul in Warsaw',
      content_text: 'Johann Wadephul met his Polish counterpart in Warsaw.',
      date_published: '2026-11-28T07:00:00Z',
    },
    {
      id: 'j2',
      url: '/json/2',
      title: 'Sports round-up',
      content_html: '<p>The match ended in a draw.</p>',
      date_published: '2026-11-27T07:00:00Z',
    },
  ],
});
const post = (id: number, text: string) =>
  `<div class="tgme_widget_message js-widget_message" data-post="fbi_watch/${id}"><div class="tgme_widget_message_text js-message_text">${text}</div><a class="tgme_widget_message_date" href="https://t.me/fbi_watch/${id}"><time datetime="2026-11-28T0${id}:00:00+00:00">0${id}:00</time></a></div>`;
const PREVIEW = `<!DOCTYPE html><html><head><meta property="og:title" content="FBI Watch"></head><body><section class="tgme_channel_history js-message_history"><a class="tme_messages_more" data-before="1" href="/s/fbi_watch?before=1"></a>${post(1, 'The FBI opened an inquiry into the leak.<br/>More soon.')}${post(2, 'No news tonight.')}</section></body></html>`;
const TITLES = {
  'org:gazprom': 'Gazprom cuts its exports again',
  'org:hezbollah': 'Hezbollah & the border',
  'person:johann-wadephul': 'Wadephul in Warsaw',
  'org:us-fbi': 'The FBI opened an inquiry into the leak.',
};

function sourceState(url: string): { status: string; added: string; text: string } | null {
  const row = [...document.querySelectorAll<HTMLElement>('[data-testid=source]')].find(
    (r) => r.dataset.sourceUrl === url,
  );
  return row
    ? { status: row.dataset.status ?? '', added: row.dataset.added ?? '', text: row.textContent ?? '' }
    : null;
}

function sourceIs([url, status, added]: [string, string, string]): boolean {
  const row = [...document.querySelectorAll<HTMLElement>('[data-testid=source]')].find(
    (r) => r.dataset.sourceUrl === url,
  );
  return row?.dataset.status === status && row.dataset.added === added;
}

function fieldEmpty(): boolean {
  return document.querySelector<HTMLInputElement>('[data-testid=source-url]')?.value === '';
}

/** Clicks the button `testid` in the row of the source at `url`. */
function clickInRow([url, testid]: [string, string]): void {
  const row = [...document.querySelectorAll<HTMLElement>('[data-testid=source]')].find(
    (r) => r.dataset.sourceUrl === url,
  );
  row?.querySelector<HTMLButtonElement>(`[data-testid=${testid}]`)?.click();
}

function rowGone(url: string): boolean {
  return ![...document.querySelectorAll<HTMLElement>('[data-testid=source]')].some(
    (r) => r.dataset.sourceUrl === url,
  );
}

describe.each(BROWSERS)('sources in %s', (name) => {
  let session: Session;
  let feeds: FeedServer;
  let options: TestPage;
  const url = (path: string) => `${feeds.origin}${path}`;

  /** Waits for a source's row to show `status` and `added`; the error says what the row showed. */
  async function waitForSource(path: string, status: string, added: number): Promise<void> {
    try {
      // A fresh profile seeds 20,000 actors meanwhile; on a loaded machine a first check takes a while.
      await options.waitFor(
        `${path}: ${status}, ${added} added`,
        sourceIs,
        [url(path), status, String(added)],
        60_000,
      );
    } catch (error) {
      const row = await options.evaluate(sourceState, url(path));
      throw new Error(
        `${name}: ${path} should be ${status} with ${added} added; the row: ${JSON.stringify(row)}`,
        {
          cause: error,
        },
      );
    }
  }

  async function subscribe(path: string, status: string, added: number): Promise<void> {
    // The last add's reply may come after its row shows its outcome: type once the field is cleared.
    await options.waitFor('an empty address field', fieldEmpty, null, 60_000);
    await options.type('[data-testid=source-url]', url(path));
    await options.click('[data-testid=source-add]');
    await waitForSource(path, status, added);
  }

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.docs.set('/rss.xml', { type: 'application/rss+xml', body: rss(RSS_ITEMS), etag: '"r1"' });
    feeds.docs.set('/atom.xml', { type: 'application/atom+xml', body: ATOM });
    feeds.docs.set('/feed.json', { type: 'application/feed+json', body: JSON_FEED });
    feeds.docs.set('/s/fbi_watch', { type: 'text/html; charset=utf-8', body: PREVIEW });
    feeds.docs.set('/broken.xml', {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss><channel><item><title>x</item></channel>',
    });
    session = await startSession(name);
    options = await session.browser.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await session?.close();
    await feeds?.close();
  });

  test('an RSS feed, an Atom feed, a JSON Feed and a channel preview fill the library', async () => {
    await subscribe('/rss.xml', 'ok', 2);
    await subscribe('/atom.xml', 'ok', 2);
    await subscribe('/feed.json', 'ok', 2);
    await subscribe('/s/fbi_watch', 'ok', 2);
    expect(feeds.requests.every((r) => r.cookie === null)).toBe(true);
    // Four first checks while a fresh profile seeds its 20,000 actors: each may take its 60 s wait.
  }, 300_000);

  test("the items show in their actors' cards on an article", async () => {
    const cards = new CardReader(session.browser);
    await cards.open();
    const article = await session.browser.newPage(session.pageUrl('world-news.html'));
    await article.waitFor('a Gazprom highlight', hasHighlight, 'org:gazprom', 15_000);
    for (const [actor, title] of Object.entries(TITLES)) {
      await article.hover(`article [data-backstory-actor="${actor}"]`);
      const card = await cards.waitFor(
        article,
        `${actor}'s card to list "${title}"`,
        (v) => v.open && v.analyses.some((a) => a.includes(title)),
      );
      expect(card.markup).toBe(0);
      await article.press('Escape');
      await cards.waitForClosed(article, 'on Escape');
      await article.mouseAway();
    }
    await article.close();
  });

  test('the feed changes: the next refresh adds only the new item; unchanged, it is one 304', async () => {
    const before = feeds.requests.length;
    await options.evaluate(clickInRow, [url('/rss.xml'), 'source-refresh'] as [string, string]);
    // The check is over once the server was asked and the row is back to ok.
    const deadline = Date.now() + 60_000;
    while (feeds.requests.length === before && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 100));
    await waitForSource('/rss.xml', 'ok', 2);
    expect(feeds.requests.slice(before)).toEqual([{ path: '/rss.xml', ifNoneMatch: '"r1"', cookie: null }]);
    feeds.docs.set('/rss.xml', {
      type: 'application/rss+xml',
      body: rss([NEW_ITEM, ...RSS_ITEMS]),
      etag: '"r2"',
    });
    await options.evaluate(clickInRow, [url('/rss.xml'), 'source-refresh'] as [string, string]);
    await waitForSource('/rss.xml', 'ok', 3);
  });

  test('a broken feed shows its error and adds nothing', async () => {
    await subscribe('/broken.xml', 'error', 0);
    const state = await options.evaluate(sourceState, url('/broken.xml'));
    expect(state?.text).toMatch(/not well-formed XML/);
    await subscribe('/missing.xml', 'error', 0);
    expect((await options.evaluate(sourceState, url('/missing.xml')))?.text).toMatch(/answered 404/);
  });

  test('a removed source comes back from a backup, checked at once, its items kept', async () => {
    await options.evaluate(captureDownloads, null);
    await options.click('[data-testid=export-backup]');
    await options.waitFor('the backup export', capturedCount, null, 30_000);
    const backup = await options.evaluate(lastCapturedText, null);
    await options.evaluate(clickInRow, [url('/atom.xml'), 'source-remove'] as [string, string]);
    await options.waitFor('the Atom feed to be removed', rowGone, url('/atom.xml'));
    const before = feeds.requests.length;
    await options.evaluate(pickImportFile, [backup, 'backstory-backup.json'] as [string, string]);
    await options.waitFor('the import of the backup to end', importEnded, null, 60_000);
    const restored = (JSON.parse(backup) as { sources?: { url: string }[] }).sources?.map((s) => s.url);
    expect(restored, 'the sources in the backup').toContain(url('/atom.xml'));
    const report = (await options.evaluate(readReport, null))?.text;
    expect(report, `the report; the rows: ${await options.evaluate(texts, '[data-testid=source]')}`).toMatch(
      /1 source subscribed again/,
    );
    // Its two items were kept when it was removed: its first check finds them there.
    await waitForSource('/atom.xml', 'ok', 2);
    const deadline = Date.now() + 60_000;
    while (!feeds.requests.slice(before).some((r) => r.path === '/atom.xml') && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 100));
    expect(feeds.requests.slice(before).map((r) => r.path)).toContain('/atom.xml');
    expect(await options.evaluate(countOf, '[data-testid=source-allow]')).toBe(0);
  });

  test('no request went anywhere but the sources added', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
    const added = [
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/s/fbi_watch',
      '/s/fbi_watch?before=1',
      '/broken.xml',
      '/missing.xml',
    ];
    expect(feeds.requests.filter((r) => !added.includes(r.path))).toEqual([]);
  });
});
