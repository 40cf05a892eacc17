/**
 * A frozen copy of the search words (lib/db/search-words.ts, with the folding of lib/detect/fold.ts)
 * as of database version 11, for the upgrades (house style, rule 14; issue 14). Never edit it: when
 * search words change, the new rule ships with an upgrade of its own that lists the library again
 * (as version 10's did), and this copy keeps doing what the upgrades up to version 11 did.
 */

// Letters that carry no combining mark in NFD and so survive diacritic stripping.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  // Arabic and Persian spellings of one letter: Persian yeh and kaf, alef maksura, Kurdish/Persian heh,
  // alef wasla.
  // Alef with hamza or madda (أ إ آ) loses its mark in NFD like the harakat.
  ی: 'ي',
  ى: 'ي',
  ک: 'ك',
  ە: 'ه',
  ٱ: 'ا',
  // Tatweel only stretches a word.
  ـ: '',
};

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Lower case, marks removed, ı ł ß … spelled plainly, Arabic and Persian letter variants made one. */
function fold(text: string): string {
  return NON_ASCII.test(text) ? foldChars(text) : text.toLowerCase();
}

function foldChars(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').replace(MARKS, '').toLowerCase()) out += SPECIAL[ch] ?? ch;
  return out;
}

const MAX_WORDS = 150;

const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out his has him how its may new now old ' +
    'see two who did get let say she too use that with have this will your from they been than them then ' +
    'what when were which their there these those would could should about into also more most other ' +
    'some such only over very after before while where being under again against between through during ' +
    'der die das und den des ein eine les des une est dans pour que qui'
  ).split(' '),
);

// Scripts written without spaces: a run of them is searched by its pairs of characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
// The Arabic article and the conjunctions and prepositions written onto it ("والعقوبات"), taken off
// both the stored words and the query's, when two letters or more remain.
const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?ال|[وف]?لل)(?=\p{L}{2})/u;

/**
 * The search forms of one folded run of letters and digits: Chinese and Japanese by overlapping
 * pairs of characters (a reader types "制裁", the text has "新一轮制裁"), an Arabic word without its
 * article and proclitics, other words as they are.
 */
function searchForms(run: string): string[] {
  const unspaced = run.match(UNSPACED);
  if (unspaced) {
    const forms = run.split(UNSPACED).filter(Boolean);
    for (const part of unspaced) {
      const chars = [...part];
      if (chars.length === 1) forms.push(part);
      for (let i = 0; i + 1 < chars.length; i++) forms.push(`${chars[i]}${chars[i + 1]}`);
    }
    return forms;
  }
  return [run.replace(ARABIC_PROCLITICS, '')];
}

/** The distinct searchable words of a text, in order of first appearance, at most `max`. */
function wordsOf(text: string, max = MAX_WORDS): string[] {
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
  for (const [run] of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const word of searchForms(run)) {
      // A pair of Chinese characters is a word; other words need three letters.
      if (word.length < (UNSPACED_PAIR.test(word) ? 2 : 3) || STOP_WORDS.has(word) || /^\d+$/.test(word))
        continue;
      words.add(word.length > 40 ? word.slice(0, 40) : word);
      if (words.size >= max) return [...words];
    }
  }
  return [...words];
}

const UNSPACED_PAIR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}$/u;

interface Searchable {
  title?: string;
  source?: string;
  author?: string;
  hashtags?: readonly string[];
  text?: string;
}

/** What a reader would search an analysis by, as one text: title first, then names, tags and text. */
function searchableText(analysis: Searchable): string {
  const { title = '', source = '', author = '', hashtags = [], text = '' } = analysis;
  return [title, source, author, hashtags.join(' '), text].join('\n');
}

/** The words of what a reader would search an analysis by (see `searchableText`). */
export function analysisWords(analysis: Searchable): string[] {
  return wordsOf(searchableText(analysis));
}
