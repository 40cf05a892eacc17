import { SourceError } from './source-error';

/** What a check may spend: a slow server is given up on, a huge answer is cut off while it streams. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 };

/** The validators of the last answer, sent back so that an unchanged document answers 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | { changed: false }
  | { changed: true; body: string; contentType: string; url: string; validators: Validators };

/**
 * Fetches a source's document as text: no cookies or credentials (`credentials: 'omit'`), a
 * conditional request when validators are known, at most `maxBytes` read (checked while the body
 * streams, not after), and a timeout over the whole exchange. The text is decoded with the charset
 * of the header or of the XML declaration. Every failure is a `SourceError` in words for the reader.
 */
export async function fetchText(
  fetcher: typeof fetch,
  url: string,
  validators: Validators,
  limits: FetchLimits = FETCH_LIMITS,
  signal?: AbortSignal,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetcher(url, { credentials: 'omit', redirect: 'follow', headers, signal: both });
    if (response.status === 304) return { changed: false };
    if (!response.ok) {
      // Not awaited: Firefox may never settle a cancel of a body already received.
      void response.body?.cancel().catch(() => undefined);
      throw new SourceError(
        'sourceFailStatus',
        `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      // Not awaited: Firefox may never settle a cancel of a body already received.
      void response.body?.cancel().catch(() => undefined);
      throw tooLarge(limits);
    }
    const bytes = await readCapped(response, limits.maxBytes);
    const contentType = response.headers.get('content-type') ?? '';
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      changed: true,
      body: decode(bytes, contentType),
      contentType,
      url: response.url || url,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (timeout.aborted) throw new SourceError('sourceFailTimeout', limits.timeoutMs / 1000);
    if (signal?.aborted) throw signal.reason;
    // Browsers give no detail on network failures: refused, unreachable, TLS, or a redirect loop.
    throw new SourceError('sourceFailUnreachable');
  }
}

function tooLarge(limits: FetchLimits): SourceError {
  return new SourceError('sourceFailTooLarge', Math.round(limits.maxBytes / 1024 / 1024));
}

/** Reads the body a chunk at a time and stops, cancelling the rest, once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge({ maxBytes, timeoutMs: 0 });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Decodes with the header's charset, else the XML declaration's, else UTF-8 (a BOM wins over both). */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const charset =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
