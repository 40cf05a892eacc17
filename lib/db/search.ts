import Fuse from 'fuse.js';
import type { SearchHit } from '../io/types';
import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { relatedIndex } from './related-index';
import { fold, queryWords } from './search-words';

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

/** Index entries read for one word at most: a two-letter prefix can match most of the library. */
const MAX_KEYS = 20_000;

/** Analyses whose words start with every query word, newest first, at most `CANDIDATES`. */
async function candidateAnalyses(db: BackstoryDB, words: string[]): Promise<Analysis[]> {
  // Keys only, one index read per word, intersected here: reading analyses to check their words
  // made two-word queries read thousands of them.
  const [dates, ...keySets] = await Promise.all([relatedIndex(db), ...words.map((w) => wordKeys(db, w))]);
  keySets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = keySets;
  if (!smallest) return [];
  const ids = [...smallest].filter((id) => others.every((set) => set.has(id)));
  ids.sort((a, b) => dates.timeOf(b) - dates.timeOf(a));
  const found = await db.analyses.bulkGet(ids.slice(0, CANDIDATES));
  return found.filter((a): a is Analysis => a !== undefined);
}

/**
 * Ids of analyses with a word starting with `word`. A prefix of two letters matches whole words
 * only: as a prefix it would match nearly everything. Capped at `MAX_KEYS` index entries.
 */
async function wordKeys(db: BackstoryDB, word: string): Promise<Set<string>> {
  const range =
    word.length < 3 ? db.analyses.where('words').equals(word) : db.analyses.where('words').startsWith(word);
  return new Set(await range.limit(MAX_KEYS).primaryKeys());
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
