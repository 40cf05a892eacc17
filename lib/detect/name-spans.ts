import type { DocEvidence } from './doc-evidence';
import { gazetteer } from './gazetteer';
import type { Token } from './tokenize';
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
function inPlaceName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const f = factsOf(t.word);
  // The bits only rule out; the set of places decides.
  return (
    (!!next?.joined &&
      (f & Fact.PlaceFirst) !== 0 &&
      (factsOf(next.word) & Fact.PlaceSecond) !== 0 &&
      gazetteer().places.has(`${t.key} ${next.key}`)) ||
    (t.joined &&
      !!prev &&
      (f & Fact.PlaceSecond) !== 0 &&
      (factsOf(prev.word) & Fact.PlaceFirst) !== 0 &&
      gazetteer().places.has(`${prev.key} ${t.key}`))
  );
}

/** Whether a token can be part of a name, from its case, the document and the gazetteer. */
export function nameLike(tokens: readonly Token[], i: number, ev: DocEvidence, covered: Uint8Array): boolean {
  const t = tokens[i] as Token;
  if (covered[i]) return true;
  // Most words: neither capitalised nor in a headline, so no rule below can make them a name.
  const shouting = ev.shouting[i] === 1;
  if (!t.cap && !shouting) return false;
  if (t.initial) return tokens[i + 1]?.joined === true && tokens[i + 1]?.cap === true;
  const f = factsOf(t.word);
  if ((t.sentenceStart || shouting || (f & Fact.NeverName) !== 0) && t.cap && inPlaceName(tokens, i))
    return true;
  if (t.key.length < 2 || !t.alpha || (f & (Fact.NeverName | Fact.NeverContraction)) !== 0) return false;
  if (shouting) {
    // Headlines capitalise everything: only words the document or the gazetteer vouch for count.
    if (!t.caps) return false;
    if (ev.midCap(t.word)) return true;
    if (f & Fact.CommonForm) return false;
    return known(f) || (t.key.length >= 3 && t.key.length <= 4);
  }
  if (!t.cap) return false;
  if (t.sentenceStart && (f & Fact.CommonForm) !== 0 && !ev.midCap(t.word) && !known(f)) return false;
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
      let p = tokens[k];
      while (p?.joined && !p.cap && (factsOf(p.word) & Fact.Particle) !== 0) p = tokens[++k];
      if (k === j + 1 && next.key === 'of' && (factsOf((tokens[j] as Token).word) & Fact.OfHead) !== 0) k++;
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
  if (factsOf((tokens[last] as Token).word) & Fact.OrgLast) {
    out.push({ first, last, titled: false });
    return;
  }
  let start = first;
  let titled = false;
  for (let k = first; k <= last; k++) {
    if ((factsOf((tokens[k] as Token).word) & Fact.Title) === 0) continue;
    // "John Major": a title word after a given name is a surname.
    if (k === last && k > first && (factsOf((tokens[k - 1] as Token).word) & Fact.FirstName) !== 0) continue;
    if (k > start) out.push({ first: start, last: k - 1, titled });
    start = k + 1;
    titled = true;
  }
  if (start <= last) out.push({ first: start, last, titled });
}
