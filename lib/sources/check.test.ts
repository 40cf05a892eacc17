import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BackstoryDB } from '../db/database';
import { importFile } from '../db/import';
import { searchLibrary } from '../db/search';
import { createDetector, dumpTables, mentionsOf, testDb } from '../db/test-db';
import { type CheckDeps, checkSource } from './check';
import { backgroundIndexer } from './indexer';
import { addSource, removeSource } from './store';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'test-feeds', name)));
const FEED = 'https://warontherocks.example/feed/';

/** A server of one document: answers 304 to matching validators, records every request. */
function server(body: () => Uint8Array<ArrayBuffer> | string, headers: Record<string, string> = {}) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init });
    const sent = new Headers(init?.headers);
    if (headers.etag && sent.get('if-none-match') === headers.etag)
      return new Response(null, { status: 304 });
    return new Response(body(), {
      status: 200,
      headers: { 'content-type': 'application/rss+xml', ...headers },
    });
  }) as typeof fetch;
  return { fetcher, requests };
}

let db: BackstoryDB;
let now: number;
beforeEach(async () => {
  db = await testDb('sources');
  now = Date.parse('2026-11-28T12:00:00Z');
});
afterEach(() => db.delete());

const deps = (fetcher: typeof fetch, extra: Partial<CheckDeps> = {}): CheckDeps => ({
  db,
  fetch: fetcher,
  indexer: async () => backgroundIndexer(createDetector, null),
  mayFetch: async () => true,
  now: () => now,
  ...extra,
});

describe('checkSource', () => {
  test('the first check writes each entry as an indexed analysis, with no cookies sent', async () => {
    const { fetcher, requests } = server(() => fixture('rss-wordpress.xml'), { etag: '"v1"' });
    const source = await addSource(db, FEED, now);
    const checked = await checkSource(deps(fetcher), source.id);
    expect(checked).toMatchObject({
      status: 'ok',
      added: 2,
      failures: 0,
      etag: '"v1"',
      lastCheck: now,
      name: 'War on the Rocks – Analysis',
    });
    expect(checked?.nextCheck).toBe(now + 120 * 60_000);
    expect(requests.map((r) => r.init?.credentials)).toEqual(['omit']);
    const id = 'page:https://warontherocks.example/2026/11/ankaras-balancing-act/';
    expect(await db.analyses.get(id)).toMatchObject({
      origin: 'feed',
      source: 'War on the Rocks – Analysis',
    });
    expect((await mentionsOf(db, id)).map((m) => m.actorId)).toContain('person:hakan-fidan');
    expect((await searchLibrary(db, 'grain corridor')).map((h) => h.id)).toEqual([id]);
    expect(await db.sourceItems.where('sourceId').equals(source.id).count()).toBe(2);
    expect(await db.importJournal.count()).toBe(0);
  });

  test('an unchanged feed costs one conditional request and writes no analysis', async () => {
    const { fetcher, requests } = server(() => fixture('rss-wordpress.xml'), { etag: '"v1"' });
    const source = await addSource(db, FEED, now);
    await checkSource(deps(fetcher), source.id);
    const before = await dumpTables(db);
    now += 3 * 3600_000;
    const again = await checkSource(deps(fetcher), source.id);
    expect(requests).toHaveLength(2);
    expect(new Headers(requests[1]?.init?.headers).get('if-none-match')).toBe('"v1"');
    expect(again).toMatchObject({ status: 'ok', added: 2, lastCheck: now });
    const after = await dumpTables(db);
    expect(after.analyses).toEqual(before.analyses);
    expect(after.searchTerms).toEqual(before.searchTerms);
  });

  test('a server without validators: the same body is not read again; a new entry alone is added', async () => {
    let body = new TextDecoder().decode(fixture('rss-wordpress.xml'));
    const { fetcher } = server(() => body);
    const source = await addSource(db, FEED, now);
    await checkSource(deps(fetcher), source.id);
    const blocks = await db.mentionBlocks.count();
    await checkSource(deps(fetcher), source.id);
    expect(await db.mentionBlocks.count()).toBe(blocks);
    body = body.replace(
      '<item>',
      '<item><title>Qatar mediates again</title><link>https://warontherocks.example/2026/11/qatar/</link><description>Doha hosts the talks.</description><pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate></item><item>',
    );
    const third = await checkSource(deps(fetcher), source.id);
    expect(third).toMatchObject({ status: 'ok', added: 3 });
    expect(await db.analyses.count()).toBe(3);
  });

  test.each([
    ['a 404', () => new Response('gone', { status: 404, statusText: 'Not Found' }), /answered 404 Not Found/],
    ['a 500', () => new Response('oops', { status: 500 }), /answered 500/],
    ['malformed XML', () => new Response(fixture('malformed.xml')), /not well-formed XML/],
    [
      'HTML without a feed',
      () => new Response(fixture('html-not-a-feed.html'), { headers: { 'content-type': 'text/html' } }),
      /names no feed/,
    ],
    [
      'a network failure (or a redirect loop)',
      () => Promise.reject(new TypeError('Failed to fetch')),
      /could not be reached/,
    ],
  ])(
    '%s: a clear error on the source, nothing written, the next check backed off',
    async (_, answer, reason) => {
      const fetcher = (async () => answer()) as unknown as typeof fetch;
      const source = await addSource(db, FEED, now);
      const before = await dumpTables(db);
      const failed = await checkSource(deps(fetcher), source.id);
      expect(failed).toMatchObject({ status: 'error', failures: 1, added: 0 });
      expect(failed?.error).toMatch(reason);
      expect(failed?.nextCheck).toBe(now + 240 * 60_000);
      const { sources: _s, ...after } = await dumpTables(db);
      const { sources: _b, ...was } = before;
      expect(after).toEqual(was);
      const again = await checkSource(deps(fetcher), source.id);
      expect(again).toMatchObject({ failures: 2, nextCheck: now + 480 * 60_000 });
    },
  );

  test('the reason is stored as a message name with what fills it, beside the English; success clears all three', async () => {
    let gone = true;
    const fetcher = (async () =>
      gone
        ? new Response('gone', { status: 404, statusText: 'Not Found' })
        : new Response(fixture('rss-wordpress.xml'))) as unknown as typeof fetch;
    const source = await addSource(db, FEED, now);
    const failed = await checkSource(deps(fetcher), source.id);
    expect(failed).toMatchObject({
      error: 'the server answered 404 Not Found',
      errorKey: 'sourceFailStatus',
      errorParams: ['404 Not Found'],
    });
    gone = false;
    const fixed = await checkSource(deps(fetcher), source.id);
    expect(fixed).toMatchObject({ status: 'ok' });
    expect([fixed?.error, fixed?.errorKey, fixed?.errorParams]).toEqual([undefined, undefined, undefined]);
  });

  test('a slow server times out; a huge answer is cut off while it streams', async () => {
    const slow = (async (_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof fetch;
    const source = await addSource(db, FEED, now);
    const timedOut = await checkSource(deps(slow, { limits: { timeoutMs: 50, maxBytes: 1000 } }), source.id);
    expect(timedOut?.error).toMatch(/did not answer within 0.05 s/);
    let pulled = 0;
    const endless = (async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(400));
          },
        }),
      )) as typeof fetch;
    const huge = await checkSource(deps(endless, { limits: { timeoutMs: 5000, maxBytes: 1000 } }), source.id);
    expect(huge?.error).toMatch(/larger than/);
    expect(pulled).toBeLessThan(10);
    expect(await db.analyses.count()).toBe(0);
  });

  test('a source whose host permission is not granted is not requested', async () => {
    const { fetcher, requests } = server(() => fixture('rss-wordpress.xml'));
    const source = await addSource(db, FEED, now);
    const checked = await checkSource(deps(fetcher, { mayFetch: async () => false }), source.id);
    expect(checked?.error).toMatch(/may not read warontherocks.example/);
    expect(requests).toEqual([]);
  });

  test('autodiscovery: a page that names its feed is followed to it on the first check', async () => {
    const feeds: Record<string, Uint8Array<ArrayBuffer>> = {
      'https://thinktank.example/research/': fixture('site-with-alternate.html'),
      'https://thinktank.example/research/research/atom.xml': fixture('atom-blog.xml'),
    };
    const fetcher = (async (input: RequestInfo | URL) => {
      const body = feeds[String(input)];
      return body
        ? new Response(body, {
            headers: { 'content-type': String(input).endsWith('/') ? 'text/html' : 'application/atom+xml' },
          })
        : new Response('', { status: 404 });
    }) as typeof fetch;
    const source = await addSource(db, 'thinktank.example/research/', now);
    const checked = await checkSource(deps(fetcher), source.id);
    expect(checked).toMatchObject({
      status: 'ok',
      added: 3,
      url: 'https://thinktank.example/research/research/atom.xml',
    });
  });
});

describe('Telegram channels', () => {
  test('a post read from the preview and the same post from an export are one analysis', async () => {
    const { fetcher, requests } = server(() => fixture('telegram-preview.html'));
    const source = await addSource(db, '@blacksea_desk', now);
    expect(source.url).toBe('https://t.me/s/blacksea_desk');
    const checked = await checkSource(deps(fetcher), source.id);
    expect(checked).toMatchObject({ status: 'ok', added: 3, name: 'Black Sea Desk' });
    // The page says older posts are `?before=1201`; they are this fixture again, all known: it stops.
    expect(requests.map((r) => r.url)).toEqual([
      'https://t.me/s/blacksea_desk',
      'https://t.me/s/blacksea_desk?before=1201',
    ]);
    const exported = {
      name: 'Black Sea Desk',
      type: 'public_channel',
      id: 1006503122,
      messages: [
        {
          id: 1201,
          type: 'message',
          date: '2026-11-24T09:30:12',
          date_unixtime: '1795512612',
          text: 'Fidan in Moscow. Export text.',
        },
      ],
    };
    const report = await importFile(db, createDetector, new Blob([JSON.stringify(exported)]), {
      channelUsername: 'BlackSea_Desk',
    });
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect(await db.analyses.count()).toBe(3);
    expect(await db.analyses.get('tg:@blacksea_desk:1201')).toMatchObject({
      text: 'Fidan in Moscow. Export text.',
    });
  });

  test('an export imported first keeps its id; the preview adds only the posts it lacks', async () => {
    const exported = {
      name: 'Black Sea Desk',
      type: 'public_channel',
      id: 1006503122,
      messages: [{ id: 1202, type: 'message', date_unixtime: '1795521600', text: 'From the export.' }],
    };
    await importFile(db, createDetector, new Blob([JSON.stringify(exported)]), {
      channelUsername: 'blacksea_desk',
    });
    const { fetcher } = server(() => fixture('telegram-preview.html'));
    const source = await addSource(db, 't.me/blacksea_desk', now);
    expect(await checkSource(deps(fetcher), source.id)).toMatchObject({ added: 2 });
    expect(await db.analyses.get('tg:1006503122:1202')).toMatchObject({ text: 'From the export.' });
    expect(await db.analyses.get('tg:@blacksea_desk:1202')).toBeUndefined();
  });

  test('removing a source with its analyses leaves the notes and gives back the unused host', async () => {
    const { fetcher } = server(() => fixture('telegram-preview.html'));
    const source = await addSource(db, '@blacksea_desk', now);
    await checkSource(deps(fetcher), source.id);
    await db.notes.put({
      id: 'n',
      text: 'note',
      url: 'https://t.me/blacksea_desk/1201',
      pageTitle: 'p',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await removeSource(db, source.id, true)).toBe('https://t.me/*');
    expect(await db.analyses.count()).toBe(0);
    expect(await db.notes.count()).toBe(1);
    expect(await searchLibrary(db, 'Fidan')).toEqual([]);
  });
});
