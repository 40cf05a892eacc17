import { elidedHead, turkishSuffix } from './apostrophe';
import { CharClass, charClass, isApostrophe, isJoiner, isSentenceBreak } from './char-class';
import { foldWord } from './fold';
import { asciiWordId, keyOf, startText, wordId } from './vocab';

/** What a token is, as bits of `Tokens.flags`. */
export enum Tok {
  /** First letter is a capital. */
  Cap = 1,
  /** Every cased letter is a capital and there is one ("UN", "NATO", "TURKEY"). */
  Caps = 2,
  /** It has a lower-case letter and does not start with a capital ("turkey", "al"). */
  Lower = 4,
  /** It has a letter (of any script), so it is not a number. */
  Alpha = 8,
  /** A single capital followed by a full stop: an initial ("S." in "S. Waugh"). */
  Initial = 16,
  /** The word carried a possessive ending that is not part of `start..end` ("Turkey's"). */
  Possessive = 32,
  /** Only spaces, a hyphen, a dash or "&" separate it from the previous token, so names may span both. */
  Joined = 64,
  /** The gap before it ends a sentence or a line (or it is the first token): its capital says little. */
  SentenceStart = 128,
}

/**
 * The words of a text as parallel typed arrays (token `i` at index `i`), with offsets into the
 * original text: no object per token.
 */
export class Tokens {
  constructor(
    readonly length: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Vocabulary id of the folded form used for matching (see `foldWord`, `vocab.ts`). */
    readonly word: Int32Array,
    /** `Tok` bits. */
    readonly flags: Uint8Array,
  ) {}

  /** Per token, another word id the alias tries may match it as (`variants.ts`); null for none. */
  alt: Int32Array | null = null;

  /** True when token `i` exists and has every bit of `flag`. */
  is(i: number, flag: Tok): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & flag) === flag;
  }

  /** The folded form of token `i`. */
  key(i: number): string {
    return keyOf(this.word[i] as number);
  }
}

// Scratch arrays reused by every call; each result gets copies of the length it needs.
let capacity = 1024;
let starts = new Int32Array(capacity);
let ends = new Int32Array(capacity);
let words = new Int32Array(capacity);
let flagBits = new Uint8Array(capacity);

function grown<A extends Int32Array | Uint8Array>(a: A, make: (size: number) => A): A {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

function grow(): void {
  capacity *= 2;
  starts = grown(starts, (size) => new Int32Array(size));
  ends = grown(ends, (size) => new Int32Array(size));
  words = grown(words, (size) => new Int32Array(size));
  flagBits = grown(flagBits, (size) => new Uint8Array(size));
}

/** The first `letters` bytes of `packed` (a possessive's "'s" is dropped from the packed word). */
function packedLow(packed: number, letters: number): number {
  if (letters >= 4) return packed;
  return letters <= 0 ? 0 : packed & ((1 << (letters << 3)) - 1);
}

const isWordClass = (c: CharClass) => c !== CharClass.Other && c !== CharClass.Unspaced;

/**
 * Splits text into words: letters, digits and marks with inner apostrophes (O'Brien, Turkey's), or
 * dotted acronyms (U.S.). Hyphens split words so "Nagorno-Karabakh" and "Nagorno Karabakh" agree;
 * scripts without spaces give one token a character. Offsets point into `text` as given.
 * A hand-written loop over char codes: the regular-expression version ran at a quarter of the speed.
 */
export function tokenize(text: string): Tokens {
  const t = tokenizeShared(text);
  return new Tokens(t.length, t.start.slice(), t.end.slice(), t.word.slice(), t.flags.slice());
}

/**
 * `tokenize` without copying: the arrays are views of buffers that the next call overwrites, for a
 * caller that is done with the tokens before it tokenizes again (`detect`). Allocating and copying
 * four typed arrays per text cost more than a tenth of the tokenizer's time on short texts.
 */
export function tokenizeShared(text: string): Tokens {
  startText();
  let count = 0;
  const n = text.length;
  let i = 0;
  let joinable = false;
  let brk = true;
  let gapLen = 0;
  let prevPossessive = false;
  let prevInitial = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      // A plain space, the commonest gap: it joins, breaks nothing and is no dash.
      gapLen++;
      i++;
      continue;
    }
    const cls = charClass(code);
    if (cls === CharClass.Other) {
      // "S. Waugh": the full stop after an initial neither ends a sentence nor splits the name.
      const initialDot = code === 46 && gapLen === 0 && prevInitial;
      if (!isJoiner(code) && !initialDot) joinable = false;
      // A spaced dash separates phrases ("Romania - Cosmin Contra"); an unspaced one joins words.
      const spacedDash = code !== 38 && code !== 32 && isJoiner(code) && text.charCodeAt(i - 1) === 32;
      if (spacedDash) joinable = false;
      if ((isSentenceBreak(code) && !initialDot) || (spacedDash && text.charCodeAt(i + 1) === 32)) brk = true;
      gapLen++;
      i++;
      continue;
    }
    let start = i;
    const joined = count > 0 && joinable && (gapLen > 0 || cls === CharClass.Unspaced) && !prevPossessive;
    let upper = 0;
    let lower = 0;
    let other = 0;
    let nonAscii = code > 127;
    let end: number;
    let hashed = false;
    let h = 0x811c9dc5 | 0;
    let hBeforeApostrophe = h;
    let lo = 0;
    let hi = 0;
    let apostrophe = -1;
    if (cls === CharClass.Unspaced) {
      end = i + 1;
    } else if (
      (cls === CharClass.Upper || cls === CharClass.Lower) &&
      text.charCodeAt(i + 1) === 46 &&
      isWordClass(charClass(text.charCodeAt(i + 2))) &&
      text.charCodeAt(i + 3) === 46
    ) {
      // Dotted acronym: letter-dot pairs, dots included in the span ("U.S.").
      end = i;
      while (end + 1 < n && text.charCodeAt(end + 1) === 46 && isWordClass(charClass(text.charCodeAt(end)))) {
        const c = charClass(text.charCodeAt(end));
        if (c === CharClass.Upper) upper++;
        else if (c === CharClass.Lower) lower++;
        end += 2;
      }
    } else {
      // Plain ASCII letters and digits take the first branch, which also hashes the lower-case key
      // for the vocabulary as it goes (see `asciiWordId`).
      hashed = true;
      end = i;
      while (end < n) {
        const code2 = text.charCodeAt(end);
        if (code2 < 128) {
          let c = code2;
          if (c >= 97 && c <= 122) lower++;
          else if (c >= 65 && c <= 90) {
            upper++;
            c += 32;
          } else if (c === 39 && isWordClass(charClass(text.charCodeAt(end + 1)))) {
            hBeforeApostrophe = h;
            if (apostrophe < 0) apostrophe = end;
          } else if (c < 48 || c > 57) break;
          h = Math.imul(h ^ c, 16777619);
          // The first eight letters packed, for the vocabulary's table of recent short words.
          const at = end - start;
          if (at < 4) lo |= c << (at << 3);
          else if (at < 8) hi |= c << ((at - 4) << 3);
          end++;
          continue;
        }
        nonAscii = true;
        const c = charClass(code2);
        if (c === CharClass.Upper) upper++;
        else if (c === CharClass.Lower) lower++;
        else if (c === CharClass.Word) other++;
        else if (!isApostrophe(code2) || !isWordClass(charClass(text.charCodeAt(end + 1)))) break;
        else if (apostrophe < 0) apostrophe = end;
        end++;
      }
    }
    let wordEnd = end;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    let first: CharClass = cls;
    if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
      wordEnd = end - 2;
      possessive = true;
      h = hBeforeApostrophe;
    } else if (apostrophe > start) {
      // "l'Ukraine", "d'Ankara": the elided article is no part of the name (apostrophe.ts).
      if (elidedHead(text, start, apostrophe)) {
        start = apostrophe + 1;
        first = charClass(text.charCodeAt(start));
        upper = 0;
        lower = 0;
        for (let k = start; k < end; k++) {
          const c = charClass(text.charCodeAt(k));
          if (c === CharClass.Upper) upper++;
          else if (c === CharClass.Lower) lower++;
        }
        hashed = false;
        nonAscii = true;
      } else if (cls === CharClass.Upper && turkishSuffix(text, apostrophe + 1, end)) {
        // "Ankara'nın", "Türkiye'yi": a case ending after a proper noun, dropped like a possessive.
        wordEnd = apostrophe;
        possessive = true;
        hashed = false;
        nonAscii = true;
      }
    }
    const dotted = wordEnd - start > 3 && text.charCodeAt(start + 1) === 46;
    const initial = wordEnd - start === 1 && cls === CharClass.Upper && text.charCodeAt(wordEnd) === 46;
    let word: number;
    if (dotted) word = wordId(foldWord(text.slice(start, wordEnd).replaceAll('.', '')));
    else if (nonAscii) word = wordId(foldWord(text.slice(start, wordEnd)));
    else
      word = hashed
        ? asciiWordId(
            text,
            start,
            wordEnd,
            h,
            packedLow(lo, wordEnd - start),
            packedLow(hi, wordEnd - start - 4),
          )
        : wordId(text.slice(start, wordEnd).toLowerCase());
    if (count === capacity) grow();
    starts[count] = start;
    ends[count] = wordEnd;
    words[count] = word;
    flagBits[count] =
      (first === CharClass.Upper ? Tok.Cap : 0) |
      (upper > 0 && lower === 0 ? Tok.Caps : 0) |
      (lower > 0 && first !== CharClass.Upper ? Tok.Lower : 0) |
      (upper + lower + other > 0 || cls === CharClass.Unspaced ? Tok.Alpha : 0) |
      (initial ? Tok.Initial : 0) |
      (possessive ? Tok.Possessive : 0) |
      (joined ? Tok.Joined : 0) |
      (brk ? Tok.SentenceStart : 0);
    count++;
    prevPossessive = possessive;
    prevInitial = initial;
    joinable = true;
    brk = false;
    gapLen = 0;
    i = end;
  }
  return new Tokens(
    count,
    starts.subarray(0, count),
    ends.subarray(0, count),
    words.subarray(0, count),
    flagBits.subarray(0, count),
  );
}
