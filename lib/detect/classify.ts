import { gazetteer } from './gazetteer';
import { NEWS_AGENCIES } from './lexicon';
import type { NameSpan } from './name-spans';
import { Tok, type Tokens } from './tokenize';
import type { EntityType } from './types';
import { Fact, factsOf } from './word-facts';

/** Evidence for each type of one unknown name; the highest wins. */
export type TypeScores = Record<EntityType, number>;

/** `\s` of regular expressions. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// Within the 12 characters after a name: ", 45," (an age) or "(" after spaces (a country or club).
// Loops over char codes: a regular expression would need a slice of the text per name.
function ageAfter(text: string, from: number): boolean {
  const lim = Math.min(text.length, from + 12);
  let p = from;
  if (p >= lim || text.charCodeAt(p) !== 44) return false;
  p++;
  while (p < lim && isSpace(text.charCodeAt(p))) p++;
  const digits = p;
  while (p < lim && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  if (p === digits || p - digits > 2) return false;
  while (p < lim && isSpace(text.charCodeAt(p))) p++;
  return p < lim && text.charCodeAt(p) === 44;
}

function bracketAfter(text: string, from: number): boolean {
  const lim = Math.min(text.length, from + 12);
  let p = from;
  while (p < lim && isSpace(text.charCodeAt(p))) p++;
  return p < lim && text.charCodeAt(p) === 40;
}

/**
 * Scores the types of an unknown name from its words, its neighbours and the gazetteer. `full` is
 * the name's keys joined by single spaces.
 */
export function scoreTypes(
  span: NameSpan,
  tokens: Tokens,
  text: string,
  full: string,
  where: { shouting: boolean; sports: boolean },
): TypeScores {
  const shouting = where.shouting;
  const s: TypeScores = { PER: 0, LOC: 0, ORG: 0 };
  const first = span.first;
  const last = span.last;
  const len = last - first + 1;
  const words = tokens.word;
  const firstF = factsOf(words[first] as number);
  const lastF = factsOf(words[last] as number);
  const firstFlags = tokens.flags[first] as number;
  const firstStart = (firstFlags & Tok.SentenceStart) !== 0;
  const lastEnd = tokens.end[last] as number;
  // What the gazetteer says of the whole name: a word's facts, or for several words the sets.
  const g = gazetteer();
  // A place of several words starts with a word that starts one (most names are ruled out here).
  const place =
    len === 1 ? (firstF & Fact.Place) !== 0 : (firstF & Fact.PlaceFirst) !== 0 && g.places.has(full);
  const country = where.sports && (len === 1 ? (firstF & Fact.Country) !== 0 : g.countries.has(full));
  const agency = len === 1 ? (firstF & Fact.NewsAgency) !== 0 : NEWS_AGENCIES.has(full);
  const prevF = !firstStart && first > 0 ? factsOf(words[first - 1] as number) : 0;
  const hasNext = last + 1 < tokens.length;
  const nextF = hasNext ? factsOf(words[last + 1] as number) : 0;
  const nextCue = hasNext && !tokens.is(last + 1, Tok.SentenceStart) ? nextF : 0;
  const nextJoined = tokens.is(last + 1, Tok.Joined);

  // "Bank of England", "Gulf of Mexico": the head before "of" decides.
  let headF = lastF;
  let commonWords = 0;
  let places = 0;
  let of = -1;
  for (let k = first; k <= last; k++) {
    const f = k === first ? firstF : factsOf(words[k] as number);
    if (of < 0 && tokens.key(k) === 'of') of = k;
    if (f & Fact.CommonForm) commonWords++;
    if (f & Fact.Place) places++;
  }
  if (of > first) headF = factsOf(words[of - 1] as number);
  if (headF & Fact.OrgLast && len > 1) s.ORG += 3;
  if (headF & Fact.LocLast && len > 1) s.LOC += 2;
  if (place) {
    // On a sports page a city or county is its club; a country stays a place (its national team).
    if (where.sports && !country) s.ORG += 3;
    else s.LOC += 2.5;
  }
  if (len === 2 && firstF & Fact.Compass) s.LOC += 4.5;
  let ampersand = false;
  for (let p = tokens.end[first] as number; p < (tokens.start[last] as number); p++)
    if (text.charCodeAt(p) === 38) ampersand = true;
  if (ampersand) s.ORG += 4;
  if (agency) s.ORG += 4;
  if (commonWords === len && len > 1 && !place) s.ORG += 1;
  const personal = (firstF & Fact.FirstName) !== 0 || (lastF & Fact.LastName) !== 0;
  if (where.sports && !personal && !country) {
    for (let k = 0; k < places; k++) s.ORG += 1;
    if (len === 1) s.ORG += 0.6;
  }
  if (firstF & Fact.FirstName) s.PER += len > 1 ? 2.5 : 1;
  if (lastF & Fact.LastName) s.PER += len > 1 ? 1 : 0.8;
  if (span.titled || prevF & Fact.PersonBefore) s.PER += 3;
  if (prevF & Fact.PlaceBefore) s.LOC += 1;
  if (ageAfter(text, lastEnd)) s.PER += 3;
  // A dateline: a place at the start of a line, then the date ("NEW YORK 1996-08-30").
  if (firstStart && nextJoined && nextF & Fact.Year) s.LOC += 4;
  if (bracketAfter(text, lastEnd) && len <= 3) s.PER += 1;
  if (nextCue & Fact.OrgNext) s.ORG += 1.5;
  if (len === 1 && firstFlags & Tok.Caps && !shouting && tokens.key(first).length <= 5) s.ORG += 2;
  if (len === 1 && nextCue & Fact.AgentAfter) s.PER += 0.4;
  // Results tables: a name followed by a score is a team.
  if (hasNext && nextF & Fact.Digits && nextJoined && !personal) s.ORG += 1.5;
  if (len === 1 && firstF & Fact.Personish) s.PER += 0.7;
  if (lastF & Fact.Placeish) s.LOC += 0.7;
  // With no evidence at all: two or three capitalised words are most often a person.
  if (len > 1) {
    s.PER += 0.6;
    s.LOC += 0.2;
  } else {
    s.LOC += 0.4;
    s.PER += 0.35;
    s.ORG += 0.3;
  }
  return s;
}

/** The winning type and the margin it won by. */
export function best(s: TypeScores): { type: EntityType; score: number } {
  let type: EntityType = 'PER';
  for (const t of ['LOC', 'ORG'] as const) if (s[t] > s[type]) type = t;
  return { type, score: s[type] };
}
