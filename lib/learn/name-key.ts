import anyAscii from 'any-ascii';
import { greekDigraphs } from './greek';

/**
 * One name, many spellings: the key under which the forms of a name meet, whatever the script, the
 * transliteration or the grammatical case. "Тимур Садыков", "Тимуром Садыковым" and "Timur Sadykov"
 * share a key; so do "Ольга Ковальчук", "Ольги Ковальчук", "Olga Kovalchuk" and "Olha Kovalchuk".
 *
 * The key is for grouping, never shown: every word is transliterated to Latin (any-ascii, chosen by
 * `npm run eval:translit`), then the spellings that transliteration conventions disagree on are
 * folded together (kh/h/g, y/i/j, x/ks, doubled letters), then one Russian or Ukrainian case ending
 * is taken off each word that is long enough to keep a stem of three letters.
 */
export function nameKey(form: string): string {
  return keyWith(anyAscii, form);
}

/** `nameKey` with another transliteration, to compare libraries (`scripts/eval-translit.ts`). */
export function keyWith(toLatin: (text: string) => string, form: string): string {
  return wordsOf(form)
    .map((word) => stem(skeleton(word, toLatin)))
    .join(' ');
}

/**
 * The key of a name in a script that does not write short vowels (Arabic, Hebrew, Persian): its
 * consonants only. Latin names get one too, so that "محمد بن سلمان" meets "Mohammed bin Salman".
 * Articles ("al-", "el-", "ال") are dropped; null for a name with no consonant left.
 */
export function consonantKey(form: string, toLatin: (text: string) => string = anyAscii): string | null {
  // The Arabic article is written joined to its word: "العامري" is al-Amiri.
  const words = wordsOf(form.replace(/(^|\s)ال(?=\p{L}{2})/gu, '$1'))
    .map((word) => skeleton(word, toLatin).replace(/^(?:al|el)(?=.{3})/, ''))
    .filter((word) => word !== 'al' && word !== 'el')
    .map((word) => word.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1'))
    .filter((word) => word.length > 0);
  return words.length > 0 ? words.join(' ') : null;
}

/** True when the name is written in a script without short vowels (Arabic, Hebrew, Syriac, Thaana). */
export function isAbjad(form: string): boolean {
  return /[\u0590-\u07bf]/u.test(form);
}

/** The name in Latin letters, as an alias for pages in other scripts; null when it already is Latin. */
export function latinForm(form: string): string | null {
  if (!/[^\p{Script=Latin}\P{L}]/u.test(form)) return null;
  const latin = anyAscii(form.split(/(\s+)/).map(greekDigraphs).join(''))
    .replace(/['`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, ch: string) => before + ch.toUpperCase());
  return latin.length > 0 ? latin : null;
}

function wordsOf(form: string): string[] {
  return form
    .split(/[\s\u00a0]+|(?<=\p{L})-(?=\p{L})/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .map((word) => word.replace(/['’ʼ`]s$/u, ''))
    .filter((word) => word.length > 0);
}

/** A word in lower-case ASCII with the letters transliterations disagree on made one. */
function skeleton(word: string, toLatin: (text: string) => string = anyAscii): string {
  return toLatin(greekDigraphs(word))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/h/g, 'g')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Russian and Ukrainian case endings of names, longest first, as the skeleton writes them. */
const ENDINGS = [
  'ogo',
  'ego',
  'omu',
  'emu',
  'oi',
  'ei',
  'om',
  'em',
  'im',
  'ou',
  'iu',
  'ia',
  'a',
  'u',
  'i',
  'e',
  'o',
];

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}
