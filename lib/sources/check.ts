import type { AnalysisDraft } from '../db/analyses';
import type { ChunkIndexer } from '../db/chunk-indexer';
import type { BackstoryDB } from '../db/database';
import { hash } from '../hash';
import { discoverFeeds, looksLikeHtml } from './discover';
import { entryDraft, postDraft } from './drafts';
import { FETCH_LIMITS, type FetchLimits, fetchText } from './fetch-text';
import { ingestDrafts } from './ingest';
import { nextCheckAfter, type Source } from './model';
import { parseFeedDocument } from './parse-feed';
import { SourceError, sourceFailure } from './source-error';
import { isTelegramPreview, parseTelegramPreview } from './telegram-preview';

/** What a check needs from its context; the background passes the browser's, tests their own. */
export interface CheckDeps {
  db: BackstoryDB;
  fetch: typeof fetch;
  /** The import pipeline's indexer, with the knowledge of the moment. */
  indexer(): Promise<ChunkIndexer>;
  /** True when the extension may request `url` (its host permission is granted). */
  mayFetch(url: string): Promise<boolean>;
  now(): number;
  limits?: FetchLimits;
}

/** Preview pages of a channel read at most in one check (about 20 posts each). */
export const HISTORY_PAGES = 10;
/** Items written per import run while the first check reads the history: the progress steps. */
const SLICE = 500;

/** What one read of a source found. */
interface Reading {
  drafts: AnalysisDraft[];
  /** Set when a feed's address turned out to be a channel's preview page. */
  kind?: Source['kind'];
  name?: string;
  url?: string;
  validators?: Pick<Source, 'etag' | 'lastModified' | 'bodyHash'>;
}

/**
 * Checks one source now: fetches it (conditionally), reads its items and writes the new ones through
 * the import pipeline, then stores the outcome on the source: `ok` with the next check after its
 * interval, or `error` with the reason and a next check backed off. A failed check writes no item.
 * Returns the source as stored afterwards, or null when it is gone.
 */
export async function checkSource(deps: CheckDeps, id: string, signal?: AbortSignal): Promise<Source | null> {
  const { db } = deps;
  const source = await db.sources.get(id);
  if (!source) return null;
  await db.sources.update(id, { status: 'checking' });
  const first = source.lastCheck === undefined;
  let outcome: Partial<Source>;
  try {
    if (!(await deps.mayFetch(source.url))) {
      throw new SourceError('sourceFailNotAllowed', new URL(source.url).host);
    }
    const reading =
      source.kind === 'telegram'
        ? await readChannel(deps, source, signal)
        : await readFeed(deps, source, first, signal);
    let added = 0;
    let indexer: ChunkIndexer | undefined;
    const total = reading.drafts.length;
    for (let i = 0; i < total; i += SLICE) {
      if (first) await db.sources.update(id, { progress: { done: i, total } });
      indexer ??= await deps.indexer();
      const ids = await ingestDrafts(db, indexer, id, reading.drafts.slice(i, i + SLICE), signal);
      added += ids.length;
      await db.sources.update(id, { added: source.added + added });
    }
    outcome = {
      status: 'ok',
      error: undefined,
      errorKey: undefined,
      errorParams: undefined,
      failures: 0,
      added: source.added + added,
      ...(reading.name ? { name: reading.name } : {}),
      ...(reading.url ? { url: reading.url } : {}),
      ...(reading.kind ? { kind: reading.kind } : {}),
      ...reading.validators,
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    const failure = sourceFailure(error);
    outcome = {
      status: 'error',
      error: failure.text,
      errorKey: failure.key,
      errorParams: failure.params,
      failures: source.failures + 1,
    };
  }
  const now = deps.now();
  const failures = outcome.failures ?? 0;
  await db.sources.update(id, {
    ...outcome,
    progress: undefined,
    lastCheck: now,
    nextCheck: nextCheckAfter({ intervalMinutes: source.intervalMinutes, failures }, now),
  });
  return (await db.sources.get(id)) ?? null;
}

/**
 * A feed: an unchanged one (304, or the same body as last time) costs this one request and no
 * write. On the first check, a web page stands for the feed it names (`<link rel="alternate">`).
 */
async function readFeed(
  deps: CheckDeps,
  source: Source,
  first: boolean,
  signal?: AbortSignal,
): Promise<Reading> {
  const limits = deps.limits ?? FETCH_LIMITS;
  let fetched = await fetchText(deps.fetch, source.url, first ? {} : source, limits, signal);
  if (!fetched.changed) return { drafts: [] };
  let url = source.url;
  if (looksLikeHtml(fetched.body, fetched.contentType)) {
    // A channel's preview page served elsewhere than t.me (a mirror, the tests' server) is the channel.
    if (first && isTelegramPreview(fetched.body)) {
      return { ...(await readChannel(deps, { ...source, kind: 'telegram' }, signal)), kind: 'telegram' };
    }
    const feed = first ? discoverFeeds(fetched.body, fetched.url)[0] : undefined;
    if (!feed) throw new SourceError('sourceFailPageNoFeed');
    if (new URL(feed).origin !== new URL(source.url).origin) {
      throw new SourceError('sourceFailFeedElsewhere', feed);
    }
    url = feed;
    fetched = await fetchText(deps.fetch, url, {}, limits, signal);
    if (!fetched.changed) return { drafts: [] };
  }
  const bodyHash = hash(fetched.body);
  const validators = { ...fetched.validators, bodyHash };
  if (!first && bodyHash === source.bodyHash) return { drafts: [], validators };
  const feed = parseFeedDocument(fetched.body, fetched.url);
  const now = deps.now();
  const title = feed.title || source.name;
  const drafts = feed.entries.flatMap((entry) => entryDraft(entry, { url, title }, now) ?? []);
  return { drafts, name: title, ...(url === source.url ? {} : { url }), validators };
}

/**
 * A channel's public preview: the newest page, then older pages (`?before=`) while they still bring
 * posts the library does not have, up to `HISTORY_PAGES`; the first check reads that much history.
 */
async function readChannel(deps: CheckDeps, source: Source, signal?: AbortSignal): Promise<Reading> {
  const limits = deps.limits ?? FETCH_LIMITS;
  const drafts: AnalysisDraft[] = [];
  const seen = new Set<string>();
  let title = source.name;
  let page: string | null = source.url;
  for (let read = 0; page !== null && read < HISTORY_PAGES; read += 1) {
    if (source.lastCheck === undefined)
      await deps.db.sources.update(source.id, { progress: { done: read, total: HISTORY_PAGES } });
    const fetched = await fetchText(deps.fetch, page, {}, limits, signal);
    if (!fetched.changed) break;
    const preview = parseTelegramPreview(fetched.body, fetched.url);
    title = preview.title || title;
    const pageDrafts = preview.posts.map((post) => postDraft(post, title)).filter((d) => !seen.has(d.id));
    for (const draft of pageDrafts) seen.add(draft.id);
    drafts.push(...pageDrafts);
    // Older pages are read only while this one brought posts the source had not added before.
    const known = (await deps.db.sourceItems.bulkGet(pageDrafts.map((d) => d.id))).some(
      (row) => row !== undefined,
    );
    if (pageDrafts.length === 0 || known || preview.before === null) break;
    const next = new URL(source.url);
    next.searchParams.set('before', String(preview.before));
    page = next.href;
  }
  return { drafts, name: title };
}
