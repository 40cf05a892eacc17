import type { DocEvidence } from './doc-evidence';
import { gazetteer } from './gazetteer';
import { Slot, scratchBytes } from './scratch';
import { Tok, type Tokens } from './tokenize';
import { keyOf } from './vocab';
import { Fact, factsOf } from './word-facts';

/** A run of tokens that looks like a name, before typing. */
export interface NameSpan {
  first: number;
  last: number;
  /** A title stood right before it ("President", "Mr"). */
  titled: boolean;
}

function known(f: number): boolean {
  return (f & Fact.Place) !== 0 || ((f & (Fact.FirstName | Fact.LastName)) !== 0 && (f & Fact.Common) === 0);
}

// "NEW YORK", "New Delhi": a common word that starts or ends a known place name is part of it.
function inPlaceName(tokens: Tokens, i: number): boolean {
  const words = tokens.word;
  const f = factsOf(words[i] as number);
  // The bits only rule out; the set of places decides.
  return (
    (tokens.is(i + 1, Tok.Joined) &&
      (f & Fact.PlaceFirst) !== 0 &&
      (factsOf(words[i + 1] as number) & Fact.PlaceSecond) !== 0 &&
      gazetteer().places.has(`${tokens.key(i)} ${tokens.key(i + 1)}`)) ||
    (tokens.is(i, Tok.Joined) &&
      i > 0 &&
      (f & Fact.PlaceSecond) !== 0 &&
      (factsOf(words[i - 1] as number) & Fact.PlaceFirst) !== 0 &&
      gazetteer().places.has(`${tokens.key(i - 1)} ${tokens.key(i)}`))
  );
}

/** Whether a token can be part of a name, from its case, the document and the gazetteer. */
export function nameLike(tokens: Tokens, i: number, ev: DocEvidence, covered: Uint8Array): boolean {
  if (covered[i]) return true;
  const t = tokens.flags[i] as number;
  // Most words: neither capitalised nor in a headline, so no rule below can make them a name.
  const shouting = ev.shouting[i] === 1;
  const cap = (t & Tok.Cap) !== 0;
  if (!cap && !shouting) return false;
  if (t & Tok.Initial) return tokens.is(i + 1, Tok.Joined | Tok.Cap);
  const word = tokens.word[i] as number;
  const f = factsOf(word);
  if (
    ((t & Tok.SentenceStart) !== 0 || shouting || (f & Fact.NeverName) !== 0) &&
    cap &&
    inPlaceName(tokens, i)
  )
    return true;
  const length = keyOf(word).length;
  if (length < 2 || (t & Tok.Alpha) === 0 || (f & (Fact.NeverName | Fact.NeverContraction)) !== 0)
    return false;
  if (shouting) {
    // Headlines capitalise everything: only words the document or the gazetteer vouch for count.
    if ((t & Tok.Caps) === 0) return false;
    if (ev.midCap(word)) return true;
    if (f & Fact.CommonForm) return false;
    return known(f) || (length >= 3 && length <= 4);
  }
  if (!cap) return false;
  if (t & Tok.SentenceStart && (f & Fact.CommonForm) !== 0 && !ev.midCap(word) && !known(f)) return false;
  return true;
}

/**
 * Finds runs of name-like tokens. Particles ("de", "al") and "of" after a head such as "Bank" stay
 * inside a name; titles split it and mark what follows as a person ("Foreign Minister Hakan Fidan").
 */
export function nameSpans(tokens: Tokens, ev: DocEvidence, covered: Uint8Array): NameSpan[] {
  const n = tokens.length;
  const like = scratchBytes(Slot.NameLike, n);
  for (let k = 0; k < n; k++) like[k] = nameLike(tokens, k, ev, covered) ? 1 : 0;
  const out: NameSpan[] = [];
  let i = 0;
  while (i < n) {
    if (!like[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (!tokens.is(j + 1, Tok.Joined)) break;
      if (like[j + 1]) {
        j++;
        continue;
      }
      // Lower-case particles, even several ("Joost van der Westhuizen"), then a name.
      let k = j + 1;
      while (
        tokens.is(k, Tok.Joined) &&
        !tokens.is(k, Tok.Cap) &&
        (factsOf(tokens.word[k] as number) & Fact.Particle) !== 0
      )
        k++;
      if (
        k === j + 1 &&
        tokens.key(j + 1) === 'of' &&
        (factsOf(tokens.word[j] as number) & Fact.OfHead) !== 0
      )
        k++;
      if (k > j + 1 && k < n && like[k] && tokens.is(k, Tok.Joined)) j = k;
      else break;
    }
    splitAtTitles(tokens, i, j, out);
    i = j + 1;
  }
  return out;
}

function splitAtTitles(tokens: Tokens, first: number, last: number, out: NameSpan[]) {
  // "Foreign Ministry", "State Department": a title word inside an organisation's name stays.
  if (factsOf(tokens.word[last] as number) & Fact.OrgLast) {
    out.push({ first, last, titled: false });
    return;
  }
  let start = first;
  let titled = false;
  for (let k = first; k <= last; k++) {
    if ((factsOf(tokens.word[k] as number) & Fact.Title) === 0) continue;
    // "John Major": a title word after a given name is a surname.
    if (k === last && k > first && (factsOf(tokens.word[k - 1] as number) & Fact.FirstName) !== 0) continue;
    if (k > start) out.push({ first: start, last: k - 1, titled });
    start = k + 1;
    titled = true;
  }
  if (start <= last) out.push({ first: start, last, titled });
}
