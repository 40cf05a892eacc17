import Fuse from 'fuse.js';
import type { SearchHit } from '../io/types';
import type { Analysis, Note } from '../model';
import type { BackstoryDB } from './database';
import { fold, queryWords } from './search-words';

/** Analyses ranked at most: enough for fuzzy ranking, few enough to answer while the reader types. */
export const CANDIDATES = 300;
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
  const docs: Doc[] = [...analyses.map(analysisDoc), ...notes.map(noteDoc)];
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'text', weight: 1 },
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
  return [...kept].slice(0, options.limit ?? 20).map((doc) => toHit(doc, words));
}

/** Analyses whose words start with every query word, newest first, at most `CANDIDATES`. */
async function candidateAnalyses(db: BackstoryDB, words: string[]): Promise<Analysis[]> {
  // The longest word narrows most; the others are checked on the candidates' own words.
  const [lead, ...rest] = [...words].sort((a, b) => b.length - a.length);
  if (lead === undefined) return [];
  const ids = await db.analyses.where('words').startsWith(lead).primaryKeys();
  const unique = [...new Set(ids)];
  const found: Analysis[] = [];
  // Read in slices so a common word does not load every analysis that has it.
  for (let i = 0; i < unique.length && found.length < CANDIDATES * 2; i += CANDIDATES) {
    const slice = await db.analyses.bulkGet(unique.slice(i, i + CANDIDATES));
    for (const a of slice) {
      if (!a) continue;
      const own = (a as Analysis & { words?: string[] }).words ?? [];
      if (rest.every((w) => own.some((o) => o.startsWith(w)))) found.push(a);
    }
  }
  return found.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, CANDIDATES);
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

/** A hit with the text around the first query word it contains (plain text, never HTML). */
function toHit(doc: Doc, words: string[]): SearchHit {
  const folded = fold(doc.text);
  const at = Math.max(
    0,
    Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), folded.length),
  );
  const start = Math.max(0, at - EXCERPT / 3);
  const excerpt = `${start > 0 ? '…' : ''}${doc.text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < doc.text.length ? '…' : ''}`;
  return { kind: doc.kind, id: doc.id, title: doc.title, excerpt, date: doc.date };
}
