import type { DocEvidence } from './doc-evidence';
import { type Gazetteer, gazetteer } from './gazetteer';
import { NEVER_NAME, OF_HEADS, ORG_LAST, PARTICLES, TITLE_WORDS } from './lexicon';
import type { Token } from './tokenize';

/** A run of tokens that looks like a name, before typing. */
export interface NameSpan {
  first: number;
  last: number;
  /** A title stood right before it ("President", "Mr"). */
  titled: boolean;
}

/** A common English word, or the plural of one ("Standings", "Scorers"). */
export function isCommon(g: Gazetteer, key: string): boolean {
  if (g.common.has(key)) return true;
  const cached = inflectedCache.get(key);
  if (cached !== undefined) return cached;
  const found = inflectedCommon(g, key);
  if (inflectedCache.size > 20_000) inflectedCache.clear();
  inflectedCache.set(key, found);
  return found;
}

const inflectedCache = new Map<string, boolean>();

function inflectedCommon(g: Gazetteer, key: string): boolean {
  for (const [suffix, repl] of INFLECTIONS) {
    if (
      key.length > suffix.length + 2 &&
      key.endsWith(suffix) &&
      g.common.has(key.slice(0, -suffix.length) + repl)
    )
      return true;
  }
  return false;
}

// Inflections SCOWL's small lists leave out: "Scorers", "Standings", "Bowling".
const INFLECTIONS: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['rs', ''],
  ['ers', ''],
  ['ings', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
];

function known(g: Gazetteer, key: string): boolean {
  return g.places.has(key) || ((g.firstNames.has(key) || g.lastNames.has(key)) && !g.common.has(key));
}

// "NEW YORK", "New Delhi": a common word that starts or ends a known place name is part of it.
function inPlaceName(g: Gazetteer, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (
    (!!next?.joined && g.places.has(`${t.key} ${next.key}`)) ||
    (t.joined && !!prev && g.places.has(`${prev.key} ${t.key}`))
  );
}

/** Whether a token can be part of a name, from its case, the document and the gazetteer. */
export function nameLike(tokens: readonly Token[], i: number, ev: DocEvidence, covered: Uint8Array): boolean {
  const g = gazetteer();
  const t = tokens[i] as Token;
  const key = t.key;
  if (covered[i]) return true;
  // Most words: neither capitalised nor in a headline, so no rule below can make them a name.
  if (!t.cap && !ev.shouting[i]) return false;
  if (t.initial) return tokens[i + 1]?.joined === true && tokens[i + 1]?.cap === true;
  if ((t.sentenceStart || ev.shouting[i] || NEVER_NAME.has(key)) && t.cap && inPlaceName(g, tokens, i))
    return true;
  if (key.length < 2 || !t.alpha || NEVER_NAME.has(key)) return false;
  // "I'm", "It's": a contraction of a word that is never a name.
  const apostrophe = key.indexOf("'");
  if (apostrophe > 0 && NEVER_NAME.has(key.slice(0, apostrophe))) return false;
  if (ev.shouting[i]) {
    // Headlines capitalise everything: only words the document or the gazetteer vouch for count.
    if (!t.caps) return false;
    if (ev.midCap.has(key)) return true;
    if (isCommon(g, key)) return false;
    return known(g, key) || (key.length >= 3 && key.length <= 4);
  }
  if (!t.cap) return false;
  if (t.sentenceStart && isCommon(g, key) && !ev.midCap.has(key) && !known(g, key)) return false;
  return true;
}

/**
 * Finds runs of name-like tokens. Particles ("de", "al") and "of" after a head such as "Bank" stay
 * inside a name; titles split it and mark what follows as a person ("Foreign Minister Hakan Fidan").
 */
export function nameSpans(tokens: readonly Token[], ev: DocEvidence, covered: Uint8Array): NameSpan[] {
  const like = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) like[k] = nameLike(tokens, k, ev, covered) ? 1 : 0;
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!like[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next?.joined) break;
      if (like[j + 1]) {
        j++;
        continue;
      }
      // Lower-case particles, even several ("Joost van der Westhuizen"), then a name.
      let k = j + 1;
      while (tokens[k]?.joined && !tokens[k]?.cap && PARTICLES.has(tokens[k]?.key ?? '')) k++;
      if (k === j + 1 && next.key === 'of' && OF_HEADS.has(tokens[j]?.key ?? '')) k++;
      if (k > j + 1 && like[k] && tokens[k]?.joined) j = k;
      else break;
    }
    splitAtTitles(tokens, i, j, out);
    i = j + 1;
  }
  return out;
}

function splitAtTitles(tokens: readonly Token[], first: number, last: number, out: NameSpan[]) {
  // "Foreign Ministry", "State Department": a title word inside an organisation's name stays.
  if (ORG_LAST.has(tokens[last]?.key ?? '')) {
    out.push({ first, last, titled: false });
    return;
  }
  let start = first;
  let titled = false;
  for (let k = first; k <= last; k++) {
    if (!TITLE_WORDS.has(tokens[k]?.key ?? '')) continue;
    // "John Major": a title word after a given name is a surname.
    if (k === last && k > first && gazetteer().firstNames.has(tokens[k - 1]?.key ?? '')) continue;
    if (k > start) out.push({ first: start, last: k - 1, titled });
    start = k + 1;
    titled = true;
  }
  if (start <= last) out.push({ first: start, last, titled });
}
