/**
 * Folding of one word for matching: lower case, diacritics removed, typographic apostrophes made
 * plain, so "Erdoğan", "ERDOGAN" and "Erdoğan" written with a combining breve share one key.
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
};

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const cache = new Map<string, string>();

/** The matching key of a word (or of any text without spaces). Pure and memoised per word. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out = '';
  for (const ch of word.normalize('NFD').replace(MARKS, '').toLowerCase()) out += SPECIAL[ch] ?? ch;
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
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
