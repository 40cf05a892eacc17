/**
 * Folding for matching, one rule for the detector and for search (issue 14): lower case, diacritics
 * and harakat removed, typographic apostrophes made plain, Arabic and Persian letter variants made
 * one, so "Erdoğan", "ERDOGAN" and "Erdoğan" written with a combining breve share one key, "lodz"
 * finds "Łódź", "kilicdaroglu" finds "Kılıçdaroğlu", ё is е, and كتاب, کتاب and كـتاب are one word.
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
const cache = new Map<string, string>();

/** The matching key of a word (or of any text without spaces). Pure and memoised per word. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = foldChars(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * `foldWord` over a whole text, spaces and all, without the per-word cache: what search folds a
 * text or a query with.
 */
export function foldText(text: string): string {
  return NON_ASCII.test(text) ? foldChars(text) : text.toLowerCase();
}

function foldChars(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').replace(MARKS, '').toLowerCase()) out += SPECIAL[ch] ?? ch;
  return out;
}

/** True when the character is a capital letter (any script that has case). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every cased letter of the word is a capital and there is at least one. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
