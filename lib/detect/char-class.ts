/** What a UTF-16 code unit is to the tokenizer. */
export enum CharClass {
  Other = 0,
  Lower = 1,
  Upper = 2,
  /** Letters without case, digits, marks, surrogate halves (letters of astral scripts). */
  Word = 3,
  /** A letter of a script written without spaces: each one is a token. */
  Unspaced = 4,
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Classified lazily: a regular expression per character is slow, a table lookup is not.
const table = new Uint8Array(65536).fill(255);

function classify(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Word;
  const ch = String.fromCharCode(code);
  if (!WORD.test(ch)) return CharClass.Other;
  if (UNSPACED.test(ch)) return CharClass.Unspaced;
  if (ch !== ch.toLowerCase()) return CharClass.Upper;
  if (ch !== ch.toUpperCase()) return CharClass.Lower;
  return CharClass.Word;
}

/** The class of the code unit at `code` (0..65535). */
export function charClass(code: number): CharClass {
  if (code < 128) {
    if (code >= 97 && code <= 122) return CharClass.Lower;
    if (code >= 65 && code <= 90) return CharClass.Upper;
    if (code >= 48 && code <= 57) return CharClass.Word;
    return CharClass.Other;
  }
  let c = table[code] as number;
  if (c === 255) {
    c = classify(code);
    table[code] = c;
  }
  return c;
}

/** Apostrophes: straight, typographic and the modifier letter used in transliterations. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc;
}

/** Characters that may sit between two words of one name: spaces, hyphens and dashes, "&". */
export function isJoiner(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 45 ||
    code === 38 ||
    // The zero-width non-joiner inside Persian words ("خامنه‌ای", "تحریم‌های") splits the parts
    // but keeps them one name.
    code === 0x200c ||
    // The middle dot between the parts of a foreign name in Chinese and Japanese ("唐纳德·特朗普").
    code === 0xb7 ||
    code === 0x30fb ||
    (code >= 0x2010 && code <= 0x2014)
  );
}

/** Characters after which a capital says little: sentence ends, quotes, line breaks, bullets. */
export function isSentenceBreak(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 58 ||
    code === 59 ||
    code === 34 ||
    code === 10 ||
    code === 13 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2022
  );
}
