import type { EntityType } from '../types';

/** A gold or predicted entity: character offsets into the reassembled document text. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/** One CoNLL document as running text with its PER, LOC and ORG entities. */
export interface Doc {
  text: string;
  gold: Span[];
}

/** Precision, recall and F1 overall and per type. */
export type Scores = Record<'overall' | EntityType, { p: number; r: number; f1: number }>;

const SCORED = new Set(['PER', 'LOC', 'ORG']);
// Reassemble tokens into running text the way a page would print it: no space before closing
// punctuation or "'s", none after an opening bracket; one line per sentence.
const NO_SPACE_BEFORE = /^(?:[,.;:!?)%\]}]|'s|n't|'re|'ve|'ll|'d|'m|')$/i;

/**
 * Parses CoNLL-2003 (`token POS chunk NER`, IOB1, `-DOCSTART-` between documents) into documents.
 * MISC is dropped: it is not scored.
 */
export function parseConll(source: string): Doc[] {
  const docs: Doc[] = [];
  let text = '';
  let gold: Span[] = [];
  let open: Span | null = null;
  let lineStart = true;
  let prevTok = '';
  const close = () => {
    if (open && SCORED.has(open.type)) gold.push(open);
    open = null;
  };
  const flush = () => {
    close();
    if (text.trim()) docs.push({ text, gold });
    text = '';
    gold = [];
  };
  for (const line of source.split('\n')) {
    const cols = line.trim().split(' ');
    const tok = cols[0] ?? '';
    if (tok === '-DOCSTART-') {
      flush();
      continue;
    }
    if (!tok) {
      close();
      if (!lineStart) text += '\n';
      lineStart = true;
      continue;
    }
    const tag = cols[cols.length - 1] ?? 'O';
    const sep = lineStart || NO_SPACE_BEFORE.test(tok) || prevTok === '(' || prevTok === '$' ? '' : ' ';
    text += sep;
    const start = text.length;
    text += tok;
    prevTok = tok;
    lineStart = false;
    const [bio, type] = tag.split('-') as [string, string | undefined];
    const current = open as Span | null;
    if (!type || bio === 'B' || (current && current.type !== type)) close();
    if (!type) continue;
    if (open) (open as Span).end = text.length;
    else open = { start, end: text.length, type: type as EntityType };
  }
  flush();
  return docs;
}

/** Exact-span, exact-type scores of predictions against gold, document by document. */
export function score(gold: Span[][], pred: Span[][]): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const k of ['overall', 'PER', 'LOC', 'ORG']) counts[k] = { tp: 0, fp: 0, fn: 0 };
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    (counts[type] as { tp: number })[field as 'tp']++;
    (counts.overall as { tp: number })[field as 'tp']++;
  };
  gold.forEach((g, i) => {
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(g.map(key));
    const ps = new Set((pred[i] ?? []).map(key));
    for (const k of ps) bump(k.split(':')[2] as string, gs.has(k) ? 'tp' : 'fp');
    for (const k of gs) if (!ps.has(k)) bump(k.split(':')[2] as string, 'fn');
  });
  const out = {} as Scores;
  for (const [k, { tp, fp, fn }] of Object.entries(counts)) {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f1 = (2 * p * r) / (p + r || 1);
    out[k as keyof Scores] = { p: round(p), r: round(r), f1: round(f1) };
  }
  return out;
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
