import Fuse from 'fuse.js';
import type { SearchHit } from '../io/types';
import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { matchingIds } from './search-postings';
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
  // A few more than needed, for analyses that no longer match.
  const found = await db.analyses.bulkGet(await matchingIds(db, words, CANDIDATES + 20));
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
