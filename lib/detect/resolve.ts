import type { AliasRole } from '../model';
import type { AliasEntry } from './alias-index';
import {
  AGENT_NOUNS,
  type DocContext,
  GOVERNING_NOUNS,
  type MatchContext,
  NAME_SUFFIXES,
  PLACE_BEFORE,
  Veto,
  veto,
} from './cues';
import { Tok, type Tokens } from './tokenize';
import { ENTITY_TYPE_OF_KIND, type EntityType } from './types';
import { Cue, cuesOf, Fact, factsOf } from './word-facts';

export type { DocContext, MatchContext } from './cues';

/** An actor as the matcher holds it. */
type ActorRef = AliasEntry['actor'];

/** A known-name match: tokens `first..last` and the readings stored for them. */
export interface KnownMatch {
  first: number;
  last: number;
  values: readonly AliasEntry[];
}

/** The chosen reading of a match. `actor` null: a name, but not of the actor the words also name. */
export interface Resolution {
  actor: ActorRef | null;
  role: AliasRole;
  type: EntityType;
  confidence: number;
  /** The context made a capital its city ("in Hanoi", "BELGRADE 1996-08-30"): a place, whatever the page. */
  venue: boolean;
}

// How firmly each kind of alias names its actor before context is taken into account.
const ROLE_BASE: Record<AliasRole, number> = {
  name: 1,
  official: 1,
  native: 0.95,
  short: 0.9,
  abbreviation: 0.9,
  metonym: 0.85,
  capital: 0.8,
  title: 0.7,
  demonym: 0.75,
  surname: 0.7,
};

/** Confidence of an unknown place or person ("in Hanoi" without a Hanoi actor, "Trump" after "Fred Trump"). */
const SURE_CONFIDENCE = 0.8;
/** Confidence of words that name something of unknown type ("Emirates" the airline). */
const UNSURE_CONFIDENCE = 0.4;

/** Where the match may be a capital: its state's country ("London": GB), and whether the context made it the city. */
interface CapitalReading {
  country: string;
  city: boolean;
}

function score(
  entry: AliasEntry,
  ctx: MatchContext,
  doc: DocContext,
  capital: CapitalReading | null,
): number {
  const { actor, role } = entry;
  let s = ROLE_BASE[role];
  if (capital && actor.kind === 'place') {
    // News names a capital far more often for its government than as a city ("Ankara sees…"), so the
    // city reading has to be earned (`cues.ts` rules the government out). And the city a capital
    // names is the one in its state: London, England before London, Ontario.
    if (!capital.city) s -= 0.4;
    if (actor.country !== capital.country) s -= 0.2;
  }
  if (ctx.place) {
    if (actor.kind === 'place') s += 0.3;
    if (role === 'capital') s -= 0.15;
    if (actor.kind === 'person') s -= 0.3;
  }
  if (ctx.agent) {
    if (role === 'capital') s += 0.15;
    if (actor.kind === 'place') s -= 0.2;
    else s += 0.05;
  }
  if (ctx.person) s += actor.kind === 'person' ? 0.4 : -0.3;
  if (doc.sureActors.has(actor.id)) s += 0.2;
  if (actor.country && doc.sureCountries.has(actor.country)) s += 0.1;
  return s;
}

/**
 * Picks the actor a match means. Readings the context rules out are dropped first; with several left
 * the confidence is cut by how close the runner-up came, so an undecided "Georgia" stays below
 * `CONFIDENT`. Null: the words are part of another name, for the unknown-name finder.
 */
export function resolve(
  entries: readonly AliasEntry[],
  ctx: MatchContext,
  doc: DocContext,
): Resolution | null {
  const vetoes = entries.map((e) => veto(e, ctx, doc));
  let capital: CapitalReading | null = null;
  for (let k = 0; k < entries.length && !capital; k++) {
    const e = entries[k] as AliasEntry;
    if (e.role === 'capital') capital = { country: e.actor.country ?? '', city: vetoes[k] === Veto.Place };
  }
  let best: AliasEntry | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let ruledOut = Veto.None;
  let ruledOutEntry: AliasEntry | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as AliasEntry;
    const v = vetoes[k] as Veto;
    if (v !== Veto.None) {
      if (v > ruledOut) [ruledOut, ruledOutEntry] = [v, e];
      continue;
    }
    const s = score(e, ctx, doc, capital);
    if (s > bestScore) {
      if (best && best.actor.id !== e.actor.id) second = bestScore;
      best = e;
      bestScore = s;
    } else if (best && s > second && e.actor.id !== best.actor.id) second = s;
  }
  if (!best) {
    if (!ruledOutEntry || ruledOut === Veto.Name) return null;
    const sure = ruledOut !== Veto.Other;
    return {
      actor: null,
      role: ruledOutEntry.role,
      type: ruledOut === Veto.Place ? 'LOC' : ENTITY_TYPE_OF_KIND[ruledOutEntry.actor.kind],
      confidence: sure ? SURE_CONFIDENCE : UNSURE_CONFIDENCE,
      venue: capital?.city ?? false,
    };
  }
  let confidence = Math.min(0.99, Math.max(0, bestScore));
  if (second > Number.NEGATIVE_INFINITY) confidence *= Math.min(1, 0.5 + (bestScore - second) * 2);
  return {
    actor: best.actor,
    role: best.role,
    type: ENTITY_TYPE_OF_KIND[best.actor.kind],
    confidence: Math.round(confidence * 100) / 100,
    venue: capital?.city ?? false,
  };
}

/**
 * What the whole text says: the actors named without ambiguity (context for the ambiguous ones),
 * the people named in full, and the surnames that also end someone else's name.
 */
export function documentContext(
  matches: readonly KnownMatch[],
  contexts: readonly MatchContext[],
): DocContext {
  const sureActors = new Set<string>();
  const sureCountries = new Set<string>();
  const fullNamed = new Set<string>();
  const otherBearers = new Set<string>();
  matches.forEach((m, i) => {
    const ctx = contexts[i] as MatchContext;
    for (const e of m.values) {
      if (e.actor.kind !== 'person') continue;
      const v = veto(e, ctx, null);
      if (v === Veto.None && e.role !== 'surname' && e.role !== 'title') fullNamed.add(e.actor.id);
      if (v === Veto.Name && ctx.nameBefore.length > 0) otherBearers.add(e.actor.id);
    }
    const first = m.values[0];
    if (!first || !m.values.every((v) => v.actor.id === first.actor.id)) return;
    const v = veto(first, ctx, null);
    if (v === Veto.None) sureActors.add(first.actor.id);
    if ((v === Veto.None || v === Veto.Place) && first.actor.country) sureCountries.add(first.actor.country);
  });
  return { sureActors, sureCountries, fullNamed, otherBearers };
}

/** The `Cue` bits of the words before and after a match spanning tokens `first..last`. */
function contextWords(tokens: Tokens, first: number, last: number): { prev: number; next: number } {
  return {
    // A sentence boundary cuts the context: "… in. Moscow said" has no "in" before Moscow.
    prev: first > 0 && !tokens.is(first, Tok.SentenceStart) ? cuesOf(tokens.word[first - 1] as number) : 0,
    next:
      last + 1 < tokens.length && !tokens.is(last + 1, Tok.SentenceStart)
        ? cuesOf(tokens.word[last + 1] as number)
        : 0,
  };
}

/** True when only spaces separate token `k` from the next one (no hyphen, comma or possessive). */
function spaced(tokens: Tokens, text: string, k: number): boolean {
  const from = tokens.end[k] as number;
  const to = k + 1 < tokens.length ? (tokens.start[k + 1] as number) : from;
  if (to <= from) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

const NOT_NAME =
  Fact.Title | Fact.NeverName | Fact.NeverContraction | Fact.Demonym | Fact.LooksDemonym | Fact.Country;

/** A capitalised word that is no title, cue, demonym or function word. */
function capitalWord(tokens: Tokens, k: number): boolean {
  const word = tokens.word[k] as number;
  return tokens.is(k, Tok.Cap) && (factsOf(word) & NOT_NAME) === 0 && (cuesOf(word) & Cue.PersonBefore) === 0;
}

/** Whether token `k` reads as a word of a person's name: capitalised, no title, no common word. */
function nameWord(tokens: Tokens, k: number, shouting: boolean): boolean {
  if (!tokens.is(k, Tok.Cap)) return false;
  if (tokens.is(k, Tok.Initial)) return true;
  // "GOP Trump": an acronym, unless the whole passage is in capitals.
  if (tokens.is(k, Tok.Caps) && !shouting) return false;
  if (!capitalWord(tokens, k)) return false;
  const f = factsOf(tokens.word[k] as number);
  // In capitals only a listed name counts: "BELGIUM BEAT TURKEY", "ENGLAND V PAKISTAN".
  if (shouting) return (f & (Fact.FirstName | Fact.LastName)) !== 0 && (f & Fact.CommonForm) === 0;
  // "Yesterday Trump": a common word says nothing at a sentence start; "Mark Trump" names Mark.
  if (f & Fact.CommonForm) return (f & Fact.FirstName) !== 0 && !tokens.is(k, Tok.SentenceStart);
  return true;
}

/** Last words of organisation, place and event names ("Airlines", "University", "River", "Cup"). */
const HEADS = Fact.OrgLast | Fact.LocLast | Fact.MiscLast;

// Shared empty lists: most matches have no name around them, and allocate nothing for it.
const NONE: readonly AliasEntry[] = [];
const NO_WORDS: readonly string[] = [];

const DASHES = /[—–(]| - /;

/** "WASHINGTON —", "MOSCOW (Reuters) -", "LONDON, March 3 -", "LONDON 1996-08-30" opening a line. */
function isDateline(tokens: Tokens, text: string, first: number, last: number): boolean {
  let p = (tokens.start[first] as number) - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if ((p >= 0 && text[p] !== '\n' && text[p] !== '\r') || tokens.is(last, Tok.Possessive)) return false;
  const end = tokens.end[last] as number;
  let q = end;
  while (q < text.length && (text[q] === ' ' || text[q] === '\t')) q++;
  const c = text.charAt(q);
  if (c === '—' || c === '–' || c === '(') return true;
  // " - " is a dateline's dash, "London-based" is not.
  if (c === '-') return q > end;
  const shouting = tokens.is(first, Tok.Caps);
  if (c === ',') return shouting || DASHES.test(text.slice(q, q + 50).split('\n')[0] ?? '');
  return shouting && c >= '0' && c <= '9';
}

/** The context of match `i`: the words around it, as the rules in `cues.ts` read them. */
export function matchContext(
  tokens: Tokens,
  text: string,
  matches: readonly KnownMatch[],
  i: number,
): MatchContext {
  const m = matches[i] as KnownMatch;
  const { first, last } = m;
  const n = tokens.length;
  const before: [string, string, string] = ['', '', ''];
  for (let k = first - 1, j = 0; j < 3 && k >= 0 && tokens.is(k + 1, Tok.Joined); k--, j++)
    before[j] = tokens.key(k);
  const possessive = tokens.is(last, Tok.Possessive);
  const after: [string, string] = ['', ''];
  // "Georgia's governor": a possessive does not cut the words after it.
  for (let k = last + 1, j = 0; j < 2 && k < n && !tokens.is(k, Tok.SentenceStart); k++, j++) {
    if (!tokens.is(k, Tok.Joined) && !(k === last + 1 && possessive)) break;
    after[j] = tokens.key(k);
  }
  const { prev, next } = contextWords(tokens, first, last);
  // "at the White House": a metonym's article stands between the cue and the name.
  const lead = before[0] === 'the' ? 1 : 0;
  const cue = before[lead] as string;
  const agentNoun =
    ((cue === 'from' || cue === 'to') && AGENT_NOUNS.has(before[lead + 1] as string)) ||
    (cue === 'in' && GOVERNING_NOUNS.has(before[lead + 1] as string));
  const venueBefore = (lead === 0 ? (prev & Cue.PlaceBefore) !== 0 : PLACE_BEFORE.has(cue)) && !agentNoun;
  const shouting = tokens.is(first, Tok.Caps);
  const prevMatch = i > 0 ? matches[i - 1] : undefined;
  const nextMatch = matches[i + 1];
  let nameBefore: readonly string[] = NO_WORDS;
  for (let k = first - 1; k > (prevMatch?.last ?? -1) && nameBefore.length < 3; k--) {
    if (tokens.is(k + 1, Tok.SentenceStart) || !spaced(tokens, text, k) || !nameWord(tokens, k, shouting))
      break;
    nameBefore = [...nameBefore, tokens.key(k)];
  }
  const a = last + 1;
  const joinedAfter = a < n && !tokens.is(a, Tok.SentenceStart) && !possessive && spaced(tokens, text, last);
  const nextEntries = joinedAfter && nextMatch?.first === a ? nextMatch.values : NONE;
  const nextPerson =
    joinedAfter && nextMatch?.first === a && nextMatch.values.some((e) => e.actor.kind === 'person');
  const b = first - 1;
  let cityComma: readonly AliasEntry[] | null = null;
  if (
    b >= 0 &&
    tokens.is(b, Tok.Cap) &&
    text.charAt(tokens.end[b] as number) === ',' &&
    !tokens.is(first, Tok.SentenceStart)
  ) {
    // A city actor (not a capital, which may stand for its state in a list: "Moscow, Washington and …").
    if (prevMatch?.last === b) {
      if (prevMatch.values.every((e) => e.actor.kind === 'place' && e.role !== 'capital'))
        cityComma = prevMatch.values;
    } else if ((factsOf(tokens.word[b] as number) & (Fact.Place | Fact.Country)) === Fact.Place)
      cityComma = [];
  }
  return {
    first,
    last,
    key: first === last ? tokens.key(first) : '',
    before,
    after,
    possessive,
    place: venueBefore || (next & Cue.PlaceAfter) !== 0,
    agent: (next & Cue.AgentAfter) !== 0 || (prev & Cue.AgentBefore) !== 0 || possessive || agentNoun,
    venueBefore,
    person:
      (prev & Cue.PersonBefore) !== 0 ||
      (tokens.is(b, Tok.Cap) &&
        !tokens.is(b, Tok.Caps) &&
        !tokens.is(b, Tok.SentenceStart) &&
        tokens.is(first, Tok.Joined)),
    dateline: isDateline(tokens, text, first, last),
    nameBefore,
    nameAfter: joinedAfter && (nextPerson || nameWord(tokens, a, shouting)),
    nextEntries,
    suffix: NAME_SUFFIXES.has(after[0]),
    headAfter:
      a < n &&
      !possessive &&
      tokens.is(a, Tok.Joined | Tok.Cap) &&
      !tokens.is(a, Tok.SentenceStart) &&
      (factsOf(tokens.word[a] as number) & HEADS) !== 0,
    cityComma,
    givenBefore: nameBefore.length > 0 && (factsOf(tokens.word[b] as number) & Fact.FirstName) !== 0,
    openerBefore: tokens.is(b, Tok.SentenceStart),
    inflected: (tokens.alt?.[first] ?? -1) >= 0,
    // An unknown word opening a sentence may be foreign ("En Chile"); a common English one is not.
    capBefore:
      before[0] !== '' &&
      prevMatch?.last !== b &&
      spaced(tokens, text, b) &&
      capitalWord(tokens, b) &&
      (!tokens.is(b, Tok.SentenceStart) || (factsOf(tokens.word[b] as number) & Fact.CommonForm) !== 0),
  };
}
