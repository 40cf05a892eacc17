import { best, scoreTypes } from './classify';
import { docEvidence } from './doc-evidence';
import { gazetteer, looksLikeDemonym } from './gazetteer';
import { ORG_LAST } from './lexicon';
import { isCommon, type NameSpan, nameSpans } from './name-spans';
import type { Token } from './tokenize';
import type { EntityMention, EntityType } from './types';

/** A known-actor match by token range, as the alias matcher found it. */
export interface KnownSpan {
  first: number;
  last: number;
  type: EntityType;
  person: boolean;
}

// Events, competitions and works: CoNLL calls them MISC, the reader's actors they are not.
const MISC_LAST = new Set(
  'cup open championship championships games olympics olympic prix trophy award awards prize tour series derby classic marathon festival week day'.split(
    ' ',
  ),
);

// Words of sports reports: with several of them, city and county names are clubs.
const SPORTS = new Set(
  'cricket innings wicket wickets soccer football baseball basketball tennis golf rugby hockey league goals goal scored match matches seed seeded beat beats defeated draw drew halftime standings inning runs homer pitcher striker midfielder goalkeeper tournament division club coach racing cycling stage points unbeaten'.split(
    ' ',
  ),
);

function isSports(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (const t of tokens) if (SPORTS.has(t.key)) seen.add(t.key);
  return seen.size >= 4;
}

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
  tokens: readonly Token[],
  text: string,
  known: readonly KnownSpan[],
): { mentions: EntityMention[]; keys: string[]; replaced: Set<number> } {
  const g = gazetteer();
  const ev = docEvidence(tokens);
  const knownAt = new Int32Array(tokens.length).fill(-1);
  known.forEach((k, idx) => {
    knownAt.fill(idx, k.first, k.last + 1);
  });
  const covered = new Uint8Array(tokens.length);
  for (const k of known) covered.fill(1, k.first, k.last + 1);
  const replaced = new Set<number>();
  // "U.S. Open", "Davis Cup": a place naming an event is no mention of the place.
  known.forEach((k, idx) => {
    const next = tokens[k.last + 1];
    if (k.type === 'LOC' && next?.joined && next.cap && MISC_LAST.has(next.key)) replaced.add(idx);
  });
  const sports = isSports(tokens);
  const typed: Typed[] = [];
  const keyOf = (a: number, b: number) => {
    let key = (tokens[a] as Token).key;
    for (let k = a + 1; k <= b; k++) key += ` ${(tokens[k] as Token).key}`;
    return key;
  };

  const consider = (span: NameSpan) => {
    let { first, last } = span;
    const lastKey = tokens[last]?.key ?? '';
    if (g.demonyms.has(lastKey) || MISC_LAST.has(lastKey)) return;
    if (first === last && (knownAt[first] as number) < 0 && looksLikeDemonym(g, lastKey)) return;
    if (first < last && g.demonyms.has(tokens[first]?.key ?? '') && !ORG_LAST.has(tokens[last]?.key ?? ''))
      first++;
    let swallowedByWords = false;
    let anyInside = false;
    for (let k = first; k <= last; k++) if ((knownAt[k] as number) >= 0) anyInside = true;
    const whole = known[knownAt[first] as number];
    if (whole && whole.first <= first && whole.last >= last) return;
    if (anyInside) {
      const lastKnown = (knownAt[last] as number) >= 0;
      const orgTail = ORG_LAST.has(tokens[last]?.key ?? '');
      const named = (knownAt[first] as number) < 0 && g.firstNames.has(tokens[first]?.key ?? '');
      let prefixCommon = (knownAt[first] as number) < 0;
      for (let k = first; k <= last && (knownAt[k] as number) < 0; k++) {
        if (!isCommon(g, tokens[k]?.key ?? '')) prefixCommon = false;
      }
      // "Dynamo Moscow": on a sports page a word before a city makes a club.
      const club = sports && (knownAt[first] as number) < 0 && known[knownAt[last] as number]?.type === 'LOC';
      if (lastKnown && !orgTail && !named && !prefixCommon && !club) {
        // The known actors stand; what lies before them is typed on its own.
        const firstKnown = known[knownAt[first] as number];
        if (!firstKnown)
          consider({
            first,
            last: (known[knownAt[last] as number] as KnownSpan).first - 1,
            titled: span.titled,
          });
        return;
      }
      for (let k = first; k <= last; k++) if ((knownAt[k] as number) >= 0) replaced.add(knownAt[k] as number);
      swallowedByWords = (prefixCommon || club) && lastKnown && !orgTail && !named;
    }
    const typedSpan = { first, last, titled: span.titled };
    const s = best(scoreTypes(typedSpan, tokens, text, { shouting: ev.shouting[first] === 1, sports }));
    // "Air France": common words before a known name make a company of it.
    if (swallowedByWords) {
      s.type = 'ORG';
      s.score = Math.max(s.score, 2);
    }
    typed.push({ span: typedSpan, type: s.type, score: s.score, key: keyOf(first, last) });
  };
  for (const span of nameSpans(tokens, ev, covered)) consider(span);

  // One name keeps one type through a document; a lone surname follows the full name it ends.
  const votes = new Map<string, Typed>();
  for (const t of typed) {
    if (t.score < 2) continue;
    const prior = votes.get(t.key);
    if (!prior || prior.score < t.score) votes.set(t.key, t);
    if (t.type === 'PER' && t.span.last > t.span.first) {
      const surname = tokens[t.span.last]?.key ?? '';
      if (!votes.has(surname)) votes.set(surname, { ...t, score: 2 });
    }
  }
  const mentions: EntityMention[] = typed.map((t) => {
    const vote = t.score < 2 ? votes.get(t.key) : undefined;
    const type = vote ? vote.type : t.type;
    const score = vote ? Math.max(t.score, 2) : t.score;
    return {
      start: (tokens[t.span.first] as Token).start,
      end: (tokens[t.span.last] as Token).end,
      actorId: null,
      type,
      confidence: Math.round(Math.min(0.9, 0.3 + 0.15 * score) * 100) / 100,
    };
  });
  return { mentions, keys: typed.map((t) => t.key), replaced };
}
