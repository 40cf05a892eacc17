/**
 * The words search looks analyses up by. Folded (lower case, no accents) so "erdogan" finds
 * "Erdoğan"; short and common words are left out because they match everything and make the index
 * large for nothing.
 */
export const MAX_WORDS = 150;

export const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out his has him how its may new now old ' +
    'see two who did get let say she too use that with have this will your from they been than them then ' +
    'what when were which their there these those would could should about into also more most other ' +
    'some such only over very after before while where being under again against between through during ' +
    'der die das und den des ein eine les des une est dans pour que qui'
  ).split(' '),
);

/** Only ASCII: no code unit from 0x80 up (written so, the linter refuses control characters). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** Folds a word or text for matching: lower case, accents and marks removed. */
export function fold(text: string): string {
  // Most text is ASCII: nothing to decompose, and normalising is most of the cost.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The distinct searchable words of a text, in order of first appearance, at most `max`. */
export function wordsOf(text: string, max = MAX_WORDS): string[] {
  return asciiWords(text.toLowerCase(), max) ?? unicodeWords(fold(text), max);
}

/**
 * `unicodeWords` for ASCII text, found by character codes in one pass (an import takes the words of
 * every analysis, and this is several times faster); null at the first character beyond ASCII.
 */
function asciiWords(lower: string, max: number): string[] | null {
  const words = new Set<string>();
  let start = -1;
  let letters = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        letters = false;
      }
      letters ||= letter;
    } else if (start >= 0) {
      // Numbers are left out too: years and counts match everything and nobody types them to search.
      if (i - start >= 3 && letters) {
        const word = lower.slice(start, Math.min(i, start + 40));
        if (!STOP_WORDS.has(word)) words.add(word);
        if (words.size >= max) break;
      }
      start = -1;
    }
  }
  return [...words];
}

function unicodeWords(folded: string, max: number): string[] {
  const words = new Set<string>();
  for (const [match] of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (match.length < 3 || STOP_WORDS.has(match) || /^\d+$/.test(match)) continue;
    words.add(match.length > 40 ? match.slice(0, 40) : match);
    if (words.size >= max) break;
  }
  return [...words];
}

interface Searchable {
  title?: string;
  source?: string;
  author?: string;
  hashtags?: readonly string[];
  text?: string;
}

/** What a reader would search an analysis by, as one text: title first, then names, tags and text. */
export function searchableText(analysis: Searchable): string {
  const { title = '', source = '', author = '', hashtags = [], text = '' } = analysis;
  return [title, source, author, hashtags.join(' '), text].join('\n');
}

/** The words of what a reader would search an analysis by (see `searchableText`). */
export function analysisWords(analysis: Searchable): string[] {
  return wordsOf(searchableText(analysis));
}

/** Words of a query: every word counts, even short ones (the last is still being typed). */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).match(/[\p{L}\p{N}]+/gu) ?? [])];
}
