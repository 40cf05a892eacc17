import type { Snippet } from './messaging/contract';

/**
 * The words around `[start, end)` of `text`, cut at word boundaries in any script (Chinese has no
 * spaces; an emoji or a letter with combining marks is never split), for showing why an analysis is
 * related. Whitespace runs are folded so a snippet stays on one or two lines.
 */
export function snippetAt(text: string, start: number, end: number, before = 90, after = 140): Snippet {
  if (start < 0 || end > text.length || start >= end) return leadSnippet(text, after + before);
  const from = start - before > 0 ? wordStartAtOrAfter(text, start - before, start) : 0;
  const to = end + after < text.length ? wordEndAtOrBefore(text, end + after, end) : text.length;
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    match: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** The opening words of a text, when nothing in it points at the reason. */
export function leadSnippet(text: string, length = 230): Snippet {
  const folded = squash(text).trim();
  if (folded.length <= length) return { before: '', match: '', after: folded };
  return { before: '', match: '', after: `${folded.slice(0, wordEndAtOrBefore(folded, length, 0))}…` };
}

/**
 * At most `length` UTF-16 units of `text` from `from` (moved to a word start), cut at a word end:
 * search's excerpts. Ellipses mark what was left out.
 */
export function excerpt(text: string, from: number, length: number): string {
  const start = from > 0 ? wordStartAtOrAfter(text, from, Math.min(text.length, from + length)) : 0;
  const stop = start + length < text.length ? wordEndAtOrBefore(text, start + length, start) : text.length;
  return `${start > 0 ? '…' : ''}${text.slice(start, stop).trim()}${stop < text.length ? '…' : ''}`;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

// Word boundaries are looked for this far around a cut: no word of a news text is longer.
const WINDOW = 64;
let words: Intl.Segmenter | null = null;
let graphemes: Intl.Segmenter | null = null;
const wordSegmenter = () => (words ??= new Intl.Segmenter(undefined, { granularity: 'word' }));
const graphemeSegmenter = () => (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** The first word start at or after `index` and before `limit`, else `limit` (nothing before). */
function wordStartAtOrAfter(text: string, index: number, limit: number): number {
  const base = Math.max(0, index - WINDOW);
  const window = text.slice(base, Math.min(text.length, limit, index + WINDOW));
  for (const s of wordSegmenter().segment(window)) {
    const at = base + s.index;
    if (at >= index && s.isWordLike) return at;
  }
  return limit;
}

/**
 * The last word end at or before `index` and after `floor`; without one (a word longer than the
 * space, a link), the last grapheme end there, so an emoji or a letter's marks stay whole.
 */
function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  const base = Math.max(floor, index - WINDOW);
  const window = text.slice(base, Math.min(text.length, index + WINDOW));
  let best = -1;
  for (const s of wordSegmenter().segment(window)) {
    const stop = base + s.index + s.segment.length;
    if (stop > index) break;
    if (s.isWordLike && stop > floor) best = stop;
  }
  if (best > 0) return best;
  let grapheme = floor;
  for (const s of graphemeSegmenter().segment(window)) {
    const stop = base + s.index + s.segment.length;
    if (stop > index) break;
    grapheme = stop;
  }
  return grapheme;
}
