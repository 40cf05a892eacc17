import { arabicTitledNames } from './arabic-names';
import { best, scoreTypes } from './classify';
import { docEvidence } from './doc-evidence';
import { type NameSpan, nameSpans } from './name-spans';
import { Slot, scratchBytes, scratchInts } from './scratch';
import { Tok, type Tokens } from './tokenize';
import type { EntityMention, EntityType } from './types';
import { Fact, factsOf } from './word-facts';

/** A known-actor match by token range, as the alias matcher found it. */
export interface KnownSpan {
  first: number;
  last: number;
  type: EntityType;
  person: boolean;
}

/** A sports report: several words of sports results. */
export function isSports(tokens: Tokens): boolean {
  let seen: Set<number> | null = null;
  for (const word of tokens.word) {
    if ((factsOf(word) & Fact.Sports) === 0) continue;
    seen ??= new Set();
    seen.add(word);
  }
  return (seen?.size ?? 0) >= 4;
}

const ARABIC_LETTER = /[\u0621-\u064a]/u;

interface Typed {
  span: NameSpan;
  type: EntityType;
  score: number;
  key: string;
}

/**
 * Finds names that are not in the knowledge base and types them. Returns the new mentions and the
 * indices of known spans they swallow ("Bank of England" replaces "England").
 */
export function unknownNames(
  tokens: Tokens,
  text: string,
  known: readonly KnownSpan[],
): { mentions: EntityMention[]; keys: string[]; replaced: Set<number> } {
  const ev = docEvidence(tokens);
  const knownAt = scratchInts(Slot.KnownAt, tokens.length, -1);
  known.forEach((k, idx) => {
    knownAt.fill(idx, k.first, k.last + 1);
  });
  const covered = scratchBytes(Slot.Covered, tokens.length);
  for (const k of known) covered.fill(1, k.first, k.last + 1);
  const replaced = new Set<number>();
  // "U.S. Open", "Davis Cup": a place naming an event is no mention of the place.
  known.forEach((k, idx) => {
    const next = k.last + 1;
    if (
      k.type === 'LOC' &&
      tokens.is(next, Tok.Joined | Tok.Cap) &&
      (factsOf(tokens.word[next] as number) & Fact.MiscLast) !== 0
    )
      replaced.add(idx);
  });
  const sports = isSports(tokens);
  const typed: Typed[] = [];
  const keyOf = (a: number, b: number) => {
    let key = tokens.key(a);
    for (let k = a + 1; k <= b; k++) key += ` ${tokens.key(k)}`;
    return key;
  };

  const consider = (span: NameSpan) => {
    let { first, last } = span;
    const lastF = factsOf(tokens.word[last] as number);
    if (lastF & (Fact.Demonym | Fact.MiscLast)) return;
    if (first === last && (knownAt[first] as number) < 0 && lastF & Fact.LooksDemonym) return;
    if (first < last && factsOf(tokens.word[first] as number) & Fact.Demonym && !(lastF & Fact.OrgLast))
      first++;
    let swallowedByWords = false;
    let anyInside = false;
    for (let k = first; k <= last; k++) if ((knownAt[k] as number) >= 0) anyInside = true;
    // Never `known[-1]`: a negative index is a slow property look-up, not an array read.
    const atFirst = knownAt[first] as number;
    const atLast = knownAt[last] as number;
    const whole = atFirst >= 0 ? known[atFirst] : undefined;
    if (whole && whole.first <= first && whole.last >= last) return;
    // A known name in a case form ends where its case ending is: "Министр Турции Хакан Фидан" is
    // Turkey's Hakan Fidan, not one name (issue 13). The words either side are typed on their own.
    for (let k = first; k <= last && tokens.alt; k++) {
      const inflected = known[knownAt[k] as number];
      if (!inflected || (tokens.alt[inflected.last] as number) < 0 || inflected.last >= last) continue;
      if (inflected.first > first) consider({ first, last: inflected.first - 1, titled: span.titled });
      consider({ first: inflected.last + 1, last, titled: span.titled });
      return;
    }
    if (anyInside) {
      const lastKnown = (knownAt[last] as number) >= 0;
      const orgTail = (lastF & Fact.OrgLast) !== 0;
      const named =
        (knownAt[first] as number) < 0 && (factsOf(tokens.word[first] as number) & Fact.FirstName) !== 0;
      let prefixCommon = (knownAt[first] as number) < 0;
      for (let k = first; k <= last && (knownAt[k] as number) < 0; k++) {
        if ((factsOf(tokens.word[k] as number) & Fact.CommonForm) === 0) prefixCommon = false;
      }
      // "Dynamo Moscow": on a sports page a word before a city makes a club.
      const club = sports && atFirst < 0 && atLast >= 0 && known[atLast]?.type === 'LOC';
      if (lastKnown && !orgTail && !named && !prefixCommon && !club) {
        // The known actors stand; what lies before them is typed on its own.
        if (atFirst < 0)
          consider({
            first,
            last: (known[atLast] as KnownSpan).first - 1,
            titled: span.titled,
          });
        return;
      }
      for (let k = first; k <= last; k++) if ((knownAt[k] as number) >= 0) replaced.add(knownAt[k] as number);
      swallowedByWords = (prefixCommon || club) && lastKnown && !orgTail && !named;
    }
    const typedSpan = { first, last, titled: span.titled };
    const key = keyOf(first, last);
    const s = best(scoreTypes(typedSpan, tokens, text, key, { shouting: ev.shouting[first] === 1, sports }));
    // "Air France": common words before a known name make a company of it.
    if (swallowedByWords) {
      s.type = 'ORG';
      s.score = Math.max(s.score, 2);
    }
    typed.push({ span: typedSpan, type: s.type, score: s.score, key });
  };
  for (const span of nameSpans(tokens, ev, covered)) consider(span);
  // Arabic script has no capitals: a person's name is found after a title.
  if (ARABIC_LETTER.test(text)) {
    for (const span of arabicTitledNames(tokens, covered))
      typed.push({ span, type: 'PER', score: 3, key: keyOf(span.first, span.last) });
  }

  // One name keeps one type through a document; a lone surname follows the full name it ends.
  const votes = new Map<string, Typed>();
  for (const t of typed) {
    if (t.score < 2) continue;
    const prior = votes.get(t.key);
    if (!prior || prior.score < t.score) votes.set(t.key, t);
    if (t.type === 'PER' && t.span.last > t.span.first) {
      const surname = tokens.key(t.span.last);
      if (!votes.has(surname)) votes.set(surname, { ...t, score: 2 });
    }
  }
  const mentions: EntityMention[] = typed.map((t) => {
    const vote = t.score < 2 ? votes.get(t.key) : undefined;
    const type = vote ? vote.type : t.type;
    const score = vote ? Math.max(t.score, 2) : t.score;
    return {
      start: tokens.start[t.span.first] as number,
      end: tokens.end[t.span.last] as number,
      actorId: null,
      type,
      confidence: Math.round(Math.min(0.9, 0.3 + 0.15 * score) * 100) / 100,
    };
  });
  return { mentions, keys: typed.map((t) => t.key), replaced };
}
