import type { Snippet } from './messaging/contract';

/**
 * The words around `[start, end)` of `text`, cut at word boundaries, for showing why an analysis
 * is related. Whitespace runs are folded so a snippet stays on one or two lines.
 */
export function snippetAt(text: string, start: number, end: number, before = 90, after = 140): Snippet {
  if (start < 0 || end > text.length || start >= end) return leadSnippet(text, after + before);
  let from = Math.max(0, start - before);
  let to = Math.min(text.length, end + after);
  if (from > 0) from = nextWordStart(text, from);
  if (to < text.length) to = previousWordEnd(text, to, end);
  return {
    before: (from > 0 ? '…' : '') + fold(text.slice(from, start)).trimStart(),
    match: fold(text.slice(start, end)),
    after: fold(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** The opening words of a text, when nothing in it points at the reason. */
export function leadSnippet(text: string, length = 230): Snippet {
  const folded = fold(text).trim();
  if (folded.length <= length) return { before: '', match: '', after: folded };
  return { before: '', match: '', after: `${folded.slice(0, previousWordEnd(folded, length, 0))}…` };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function nextWordStart(text: string, index: number): number {
  const rest = text.slice(index).search(/\s/);
  return rest === -1 ? index : index + rest + 1;
}

function previousWordEnd(text: string, index: number, floor: number): number {
  const cut = text.lastIndexOf(' ', index);
  return cut > floor ? cut : index;
}
