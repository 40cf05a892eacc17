import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One document the server answers with, changeable while the test runs. */
export interface Served {
  type: string;
  body: string;
  /** Changes whenever `body` does: sent as ETag, and a matching If-None-Match gets 304. */
  etag?: string;
}

export interface FeedServer {
  origin: string;
  docs: Map<string, Served>;
  /** Every request, `path?query` and its If-None-Match, in order of arrival. */
  requests: { path: string; ifNoneMatch: string | null; cookie: string | null }[];
  close(): Promise<void>;
}

/**
 * Serves feeds and a channel's preview page on 127.0.0.1 for the sources story (issue 15); a path
 * it does not hold answers 404, and `/s/<name>?before=` answers the page itself.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const docs = new Map<string, Served>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    requests.push({ path: url.pathname + url.search, ifNoneMatch, cookie: req.headers.cookie ?? null });
    const doc = docs.get(url.pathname);
    if (!doc) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (doc.etag && ifNoneMatch === doc.etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': doc.type, ...(doc.etag ? { etag: doc.etag } : {}) }).end(doc.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    docs,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
