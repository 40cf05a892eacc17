/**
 * What an inflected or foreign-script token may match in the alias tries: the word id of a base form
 * that some alias has ("Турции" → "турция", "Ankara'yı" is already split by the tokenizer) or, for a
 * Cyrillic name the knowledge base has only in Latin letters, of its romanisation ("Пескова" →
 * "peskov"). Worked out once per distinct word and language, then one array read per token.
 */

import { hasLatinRules } from './inflect-latin';
import { baseForms, Script, scriptOf } from './inflection';
import { Tok, type Tokens } from './tokenize';
import { cyrillicToLatin } from './translit-cyrillic';
import { findWordId, isPinned, keyOf, vocabSize, watchVocab } from './vocab';

/** How a token's alternative was found (0 in a kind array: the token has none). */
export enum AltKind {
  /** A case or clitic form of an alias word. */
  Inflected = 1,
  /** A romanised Cyrillic word: it may only name a person (see `index.ts`). */
  Romanised = 2,
}

/** Per text token: the alternative word id (-1 for none) and how it was found. */
export interface Alternatives {
  id: Int32Array;
  kind: Uint8Array;
}

/** Per rule set ('' for the script rules, else a language): word id → alternative id * 4 + kind, or -1; -2 unknown. */
const caches = new Map<string, Int32Array>();
watchVocab(
  () => {},
  (size) => {
    for (const cache of caches.values()) cache.fill(-2, size);
  },
);

function cacheFor(rules: string): Int32Array {
  let cache = caches.get(rules);
  if (!cache || cache.length < vocabSize()) {
    const grown = new Int32Array(Math.max(1024, vocabSize() * 2)).fill(-2);
    if (cache) grown.set(cache);
    cache = grown;
    caches.set(rules, cache);
  }
  return cache;
}

function pinnedId(key: string): number {
  const id = findWordId(key);
  return isPinned(id) ? id : -1;
}

function compute(key: string, lang: string | undefined, pinned: boolean): number {
  const bases = baseForms(key, lang);
  for (const base of bases) {
    const id = pinnedId(base);
    if (id >= 0) return id * 4 + AltKind.Inflected;
  }
  // An alias word is never romanised: a match through it must stay the alias's.
  if (pinned || scriptOf(key) !== Script.Cyrillic) return -1;
  for (const form of [key, ...bases])
    for (const latin of cyrillicToLatin(form)) {
      const id = pinnedId(latin);
      if (id >= 0) return id * 4 + AltKind.Romanised;
    }
  return -1;
}

// A base of three letters or fewer ("Кир" of "Киром") counts only inside a longer name.
const SHORT = 3;

/**
 * The alternatives of every token of a text in language `lang`, or null when no token has one (an
 * English text costs one pass reading a byte per token).
 */
export function alternatives(tokens: Tokens, lang: string | undefined): Alternatives | null {
  const latin = hasLatinRules(lang);
  const rules = latin ? (lang as string) : '';
  const cache = cacheFor(rules);
  let out: Alternatives | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens.word[i] as number;
    let v = cache[w] as number;
    if (v === -2) {
      const key = keyOf(w);
      const script = scriptOf(key);
      v =
        script === Script.Cyrillic || script === Script.Arabic || (latin && script === Script.Latin)
          ? compute(key, lang, isPinned(w))
          : -1;
      cache[w] = v;
    }
    if (v < 0) continue;
    const id = v >> 2;
    const base = keyOf(id);
    // Arabic-script names are short ("مصر", "قطر") and their clitics unambiguous.
    const short = base.length <= SHORT && scriptOf(base) !== Script.Arabic;
    if (short && !(tokens.is(i + 1, Tok.Joined) && tokens.is(i + 1, Tok.Cap))) continue;
    out ??= { id: new Int32Array(tokens.length).fill(-1), kind: new Uint8Array(tokens.length) };
    out.id[i] = id;
    out.kind[i] = v & 3;
  }
  return out;
}
