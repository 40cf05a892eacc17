import { Dexie } from 'dexie';
import Fuse from 'fuse.js';
import type { SearchHit } from '../io/types';
import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { postingsOf, termRange } from './search-terms';
import { fold, queryWords, searchableText } from './search-words';

/** Analyses ranked at most: enough for fuzzy ranking, few enough to answer while the reader types. */
export const CANDIDATES = 100;
const EXCERPT = 160;

interface Doc {
  kind: SearchHit['kind'];
  id: string;
  title: string;
  text: string;
  date: string;
}

/**
 * Searches analyses and notes. Every word of the query must start a word of an analysis (so results
 * come while typing); the newest of those candidates are then ranked by fuse.js on title and text.
 * Notes are few and searched in full, fuzzily. An empty query finds nothing.
 */
export async function searchLibrary(
  db: BackstoryDB,
  query: string,
  options: { limit?: number } = {},
): Promise<SearchHit[]> {
  const words = queryWords(query).filter((w) => w.length >= 2);
  if (words.length === 0) return [];
  const [analyses, notes] = await Promise.all([candidateAnalyses(db, words), db.notes.toArray()]);
  // Fuse reads a title and the passage around the match, not whole analyses: bitap on 1,500
  // characters times hundreds of candidates is what makes typing lag.
  const docs: (Doc & { passage: string })[] = [...analyses.map(analysisDoc), ...notes.map(noteDoc)].map(
    (doc) => ({
      ...doc,
      passage: passageAround(doc.text, words),
    }),
  );
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'passage', weight: 1 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeScore: true,
    threshold: 0.35,
    useExtendedSearch: false,
  });
  const ranked = fuse.search(words.join(' '), { limit: options.limit ?? 20 });
  // Analyses passed the word filter already: fuse orders them; a note must match on its own.
  const kept = new Set(ranked.map((r) => r.item));
  for (const doc of docs)
    if (doc.kind === 'analysis' && !kept.has(doc) && kept.size < (options.limit ?? 20)) kept.add(doc);
  return [...kept].slice(0, options.limit ?? 20).map((doc) => toHit(doc));
}

/**
 * Analyses that have a word starting with every query word, newest first, at most `CANDIDATES`.
 * The postings may list an analysis under words it had before an update: each candidate read is
 * checked against its stored text.
 */
async function candidateAnalyses(db: BackstoryDB, words: string[]): Promise<Analysis[]> {
  const postings = await Promise.all(words.map((w) => wordPostings(db, w)));
  postings.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = postings;
  if (!smallest) return [];
  const ids: string[] = [];
  const times: number[] = [];
  for (const [id, time] of smallest) {
    if (others.every((p) => p.has(id))) {
      ids.push(id);
      times.push(time);
    }
  }
  // A few more than needed, for analyses that no longer match.
  const newest = newestOf(ids, times, CANDIDATES + 20);
  const found = await db.analyses.bulkGet(newest);
  const patterns = words.map(
    (w) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${w}${w.length < 3 ? '(?![\\p{L}\\p{N}])' : ''}`, 'u'),
  );
  return found
    .filter((a): a is Analysis => a !== undefined)
    .filter((a) => {
      const text = fold(searchableText(a));
      return patterns.every((p) => p.test(text));
    })
    .slice(0, CANDIDATES);
}

/** The `count` ids with the latest times, latest first. */
function newestOf(ids: readonly string[], times: readonly number[], count: number): string[] {
  const order = ids.map((_, i) => i);
  if (order.length > count) {
    // The count-th latest time, found on a typed copy (numeric sort, fast), bounds the sort below.
    const sorted = Float64Array.from(times).sort();
    const bound = sorted[sorted.length - count] as number;
    const kept = order.filter((i) => (times[i] as number) >= bound);
    order.length = 0;
    order.push(...kept);
  }
  order.sort((a, b) => (times[b] as number) - (times[a] as number));
  return order.slice(0, count).map((i) => ids[i] as string);
}

/** Postings of query words read lately: while the reader types, earlier words are asked for again. */
const cache = new WeakMap<BackstoryDB, Map<string, Promise<Map<string, number>>>>();
const CACHED_WORDS = 8;

/** The analyses listed under a word starting with `word` (see `termRange`), with their times. */
function wordPostings(db: BackstoryDB, word: string): Promise<Map<string, number>> {
  let words = cache.get(db);
  if (!words) {
    const prefix = `idb://${db.name}/searchTerms/`;
    const fresh = new Map<string, Promise<Map<string, number>>>();
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) fresh.clear();
    });
    cache.set(db, fresh);
    words = fresh;
  }
  let postings = words.get(word);
  if (postings) {
    words.delete(word);
  } else {
    postings = readPostings(db, word);
    postings.catch(() => words.delete(word));
  }
  words.set(word, postings);
  if (words.size > CACHED_WORDS) words.delete(words.keys().next().value as string);
  return postings;
}

async function readPostings(db: BackstoryDB, word: string): Promise<Map<string, number>> {
  const [lower, upper] = termRange(word);
  const rows = await db.searchTerms.where(':id').between(lower, upper, true, false).toArray();
  const found = new Map<string, number>();
  // Rows come in key order, so for one word a later block (newer data) wins.
  for (const row of rows) {
    const { ids, times } = postingsOf(row);
    for (let i = 0; i < ids.length; i++) found.set(ids[i] as string, times[i] as number);
  }
  return found;
}

const analysisDoc = (a: Analysis): Doc => ({
  kind: 'analysis',
  id: a.id,
  title: a.title,
  text: a.text,
  date: a.publishedAt,
});
const noteDoc = (n: Note): Doc => ({
  kind: 'note',
  id: n.id,
  title: n.pageTitle || n.url,
  text: [n.text, n.quote?.exact ?? ''].join('\n'),
  date: new Date(n.createdAt).toISOString(),
});

/** The text around the first query word it contains (plain text, never HTML). */
function passageAround(text: string, words: string[]): string {
  const folded = fold(text);
  const at = Math.max(
    0,
    Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), folded.length),
  );
  const start = Math.max(0, at - EXCERPT / 3);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}

function toHit(doc: Doc & { passage: string }): SearchHit {
  return { kind: doc.kind, id: doc.id, title: doc.title, excerpt: doc.passage, date: doc.date };
}
