import Fuse from 'fuse.js';
import { isoDate } from '../dates';
import type { SearchHit } from '../io/types';
import type { Analysis, Note } from '../model';
import { excerpt } from '../snippet';
import type { BackstoryDB } from './database';
import { matchingAnalyses } from './search-postings';
import { allSearchForms, fold, queryWords, searchableText } from './search-words';

/** Analyses ranked at most: enough for fuzzy ranking, few enough to answer while the reader types. */
export const CANDIDATES = 100;
const EXCERPT = 160;

interface Doc {
  kind: SearchHit['kind'];
  id: string;
  title: string;
  /** The text around the match: a note's from the start; an analysis's once it is read. */
  passage: string;
  date: string;
}

/**
 * Searches analyses and notes. Every word of the query must start a word of an analysis (so results
 * come while typing); the newest of those candidates are then ranked by fuse.js, on their titles
 * (held in memory with the search index, see search-postings.ts), and only the analyses shown are
 * read. Notes are few and searched in full, fuzzily. An empty query finds nothing.
 */
export async function searchLibrary(
  db: BackstoryDB,
  query: string,
  options: { limit?: number } = {},
): Promise<SearchHit[]> {
  const limit = options.limit ?? 20;
  const words = queryWords(query).filter((w) => w.length >= 2);
  if (words.length === 0) return [];
  const [candidates, notes] = await Promise.all([
    matchingAnalyses(db, words, CANDIDATES),
    db.notes.toArray(),
  ]);
  const docs: Doc[] = [
    ...candidates.map((c) => ({
      kind: 'analysis' as const,
      id: c.id,
      title: c.title,
      passage: '',
      date: '',
    })),
    ...notes.map((note) => noteDoc(note, words)),
  ];
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
  // Analyses passed the word filter already: fuse orders them, the rest follow newest first; a
  // note must match on its own.
  const order = new Set(fuse.search(words.join(' '), { limit }).map((r) => r.item));
  for (const doc of docs) if (doc.kind === 'analysis') order.add(doc);
  return shown([...order], words, limit, db);
}

/**
 * The first `limit` docs that still match, as hits: analyses are read (a batch at a time) for their
 * date and excerpt, and checked against their text, since the postings may list an analysis under
 * words it had before an update.
 */
async function shown(order: Doc[], words: string[], limit: number, db: BackstoryDB): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (let at = 0; at < order.length && hits.length < limit; at += limit) {
    const batch = order.slice(at, at + limit);
    const read = await db.analyses.bulkGet(batch.flatMap((d) => (d.kind === 'analysis' ? [d.id] : [])));
    const byId = new Map(read.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    for (const doc of batch) {
      if (hits.length === limit) break;
      if (doc.kind === 'note') {
        hits.push(toHit(doc));
        continue;
      }
      const analysis = byId.get(doc.id);
      if (!analysis) continue;
      const forms = allSearchForms(searchableText(analysis));
      if (!words.every((w) => hasForm(forms, w))) continue;
      hits.push(toHit(analysisDoc(analysis, words)));
    }
  }
  return hits;
}

/** Whether a word of the text starts with `word` (is it, for a word under three letters). */
function hasForm(forms: ReadonlySet<string>, word: string): boolean {
  if (word.length < 3) return forms.has(word);
  for (const form of forms) if (form.startsWith(word)) return true;
  return false;
}

const analysisDoc = (a: Analysis, words: string[]): Doc => ({
  kind: 'analysis',
  id: a.id,
  title: a.title,
  passage: passageAround(a.text, words),
  date: a.publishedAt,
});
const noteDoc = (n: Note, words: string[]): Doc => ({
  kind: 'note',
  id: n.id,
  title: n.pageTitle || n.url,
  passage: passageAround([n.text, n.quote?.exact ?? ''].join('\n'), words),
  date: isoDate(n.createdAt) ?? '',
});

/** The text around the first query word it contains (plain text, never HTML), cut at whole words. */
function passageAround(text: string, words: string[]): string {
  const folded = fold(text);
  const at = Math.max(
    0,
    Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), folded.length),
  );
  return excerpt(text, Math.max(0, at - EXCERPT / 3), EXCERPT);
}

function toHit(doc: Doc): SearchHit {
  return { kind: doc.kind, id: doc.id, title: doc.title, excerpt: doc.passage, date: doc.date };
}
