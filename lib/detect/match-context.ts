import type { AliasEntry } from './alias-index';
import { AGENT_NOUNS, GOVERNING_NOUNS, type MatchContext, NAME_SUFFIXES, PLACE_BEFORE } from './cues';
import type { KnownMatch } from './resolve';
import { Tok, type Tokens } from './tokenize';
import { Cue, cuesOf, Fact, factsOf } from './word-facts';

/*
 * What the words around a known name say (the context `resolve` scores): split from resolve.ts, which
 * reads these contexts, to keep each file to one concern.
 */

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
