import { foldWord, isAllCaps, isUpper } from './fold';

/** One word of the input, with offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  /** Folded form used for matching (see `foldWord`). */
  key: string;
  /** First letter is a capital. */
  cap: boolean;
  /** Every cased letter is a capital ("UN", "NATO", "TURKEY"). */
  caps: boolean;
  /** The word carried a possessive ending that is not part of `start..end` ("Turkey's"). */
  possessive: boolean;
  /** Only spaces, a hyphen, a dash or "&" separate it from the previous token, so names may span both. */
  joined: boolean;
  /** The gap before it ends a sentence (or it is the first token): its capital says little. */
  sentenceStart: boolean;
}

// A word: letters, digits and marks, with inner apostrophes (O'Brien, Turkey's); or a dotted
// acronym (U.S., U.N.). Hyphens split words so "Nagorno-Karabakh" and "Nagorno Karabakh" agree.
const WORD = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}\p{M}]+(?:['’ʼ‘][\p{L}\p{N}\p{M}]+)*/gu;
const JOINABLE_GAP = /^[ \t\u00a0\-‐‑‒–—&]*\n?[ \t\u00a0]*$/;
const SENTENCE_END = /[.!?:;"“”]\s*$|\n\s*\n|\n\s*[-•*]\s*/;
// Scripts written without spaces: every character is its own token so aliases match inside runs.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const POSSESSIVE = /['’ʼ‘][sS]$/;
// Anything past U+007F may belong to an unspaced script.
const ASCII_ONLY = /^[\p{ASCII}]*$/u;

/** Splits text into word tokens. Offsets always point into `text` as given (no normalisation copy). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (word.length > 2 && POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const gap = text.slice(prevEnd, start);
    const first = out.length === 0;
    const joined = !first && gap.length > 0 && JOINABLE_GAP.test(gap) && !out.at(-1)?.possessive;
    const sentenceStart = first || SENTENCE_END.test(gap);
    if (!ASCII_ONLY.test(word) && UNSPACED.test(word)) {
      splitUnspaced(word, start, joined, sentenceStart, out);
    } else {
      const key = word.includes('.') && word.length > 2 ? foldWord(word.replaceAll('.', '')) : foldWord(word);
      out.push({
        start,
        end: start + (word.endsWith('.') ? word.length : word.length),
        key,
        cap: isUpper(word.charAt(0)),
        caps: isAllCaps(word),
        possessive,
        joined,
        sentenceStart,
      });
    }
    prevEnd = start + m[0].length;
  }
  return out;
}

function splitUnspaced(word: string, start: number, joined: boolean, sentenceStart: boolean, out: Token[]) {
  let offset = start;
  let firstPart = true;
  for (const ch of word) {
    out.push({
      start: offset,
      end: offset + ch.length,
      key: foldWord(ch),
      cap: false,
      caps: false,
      possessive: false,
      joined: firstPart ? joined : true,
      sentenceStart: firstPart && sentenceStart,
    });
    offset += ch.length;
    firstPart = false;
  }
}
