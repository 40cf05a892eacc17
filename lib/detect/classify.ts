import { AGENT_AFTER, PERSON_BEFORE, PLACE_BEFORE } from './cues';
import { gazetteer } from './gazetteer';
import { LOC_LAST, NEWS_AGENCIES, ORG_LAST } from './lexicon';
import { isCommon, type NameSpan } from './name-spans';
import type { Token } from './tokenize';
import type { EntityType } from './types';

/** Evidence for each type of one unknown name; the highest wins. */
export type TypeScores = Record<EntityType, number>;

const PERSONISH =
  /(?:ov|ova|ev|eva|ski|sky|ska|ic|ić|ez|son|sen|ini|elli|enko|escu|oglu|ides|opoulos|aki|shvili)$/;
const PLACEISH = /(?:ia|stan|land|burg|grad|abad|pur)$/;
const ORG_NEXT = new Set(
  'spokesman spokeswoman spokesperson official officials shares stock stocks chairman executive subsidiary unit board shareholders'.split(
    ' ',
  ),
);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'central']);
const AGE_AFTER = /^,\s*\d{1,2}\s*,/;
const BRACKET_AFTER = /^\s*\(/;

/** Scores the types of an unknown name from its words, its neighbours and the gazetteer. */
export function scoreTypes(
  span: NameSpan,
  tokens: readonly Token[],
  text: string,
  where: { shouting: boolean; sports: boolean },
): TypeScores {
  const shouting = where.shouting;
  const g = gazetteer();
  const s: TypeScores = { PER: 0, LOC: 0, ORG: 0 };
  const first = tokens[span.first] as Token;
  const last = tokens[span.last] as Token;
  const len = span.last - span.first + 1;
  const keys: string[] = [];
  let full = first.key;
  for (let k = span.first; k <= span.last; k++) keys.push((tokens[k] as Token).key);
  for (let k = 1; k < keys.length; k++) full += ` ${keys[k]}`;
  const prev = first.sentenceStart ? '' : (tokens[span.first - 1]?.key ?? '');
  const nextTok = tokens[span.last + 1];
  const next = nextTok && !nextTok.sentenceStart ? nextTok.key : '';
  const after = text.slice(last.end, last.end + 12);

  // "Bank of England", "Gulf of Mexico": the head before "of" decides.
  const of = keys.indexOf('of');
  const head = of > 0 ? (keys[of - 1] as string) : last.key;
  if (ORG_LAST.has(head) && len > 1) s.ORG += 3;
  if (LOC_LAST.has(head) && len > 1) s.LOC += 2;
  if (g.places.has(full)) {
    // On a sports page a city or county is its club; a country stays a place (its national team).
    if (where.sports && !g.countries.has(full)) s.ORG += 3;
    else s.LOC += 2.5;
  }
  if (len === 2 && COMPASS.has(first.key)) s.LOC += 4.5;
  if (text.slice(first.end, last.start).includes('&')) s.ORG += 4;
  if (NEWS_AGENCIES.has(full)) s.ORG += 4;
  let commonWords = 0;
  for (const k of keys) if (isCommon(g, k)) commonWords++;
  if (commonWords === len && len > 1 && !g.places.has(full)) s.ORG += 1;
  const personal = g.firstNames.has(first.key) || g.lastNames.has(last.key);
  if (where.sports && !personal && !g.countries.has(full)) {
    for (const k of keys) if (g.places.has(k)) s.ORG += 1;
    if (len === 1) s.ORG += 0.6;
  }
  if (g.firstNames.has(first.key)) s.PER += len > 1 ? 2.5 : 1;
  if (g.lastNames.has(last.key)) s.PER += len > 1 ? 1 : 0.8;
  if (span.titled || PERSON_BEFORE.has(prev)) s.PER += 3;
  if (PLACE_BEFORE.has(prev)) s.LOC += 1;
  if (AGE_AFTER.test(after)) s.PER += 3;
  // A dateline: a place at the start of a line, then the date ("NEW YORK 1996-08-30").
  if (first.sentenceStart && nextTok?.joined && /^(?:1[89]|20)\d\d$/.test(nextTok.key)) s.LOC += 4;
  if (BRACKET_AFTER.test(after) && len <= 3) s.PER += 1;
  if (ORG_NEXT.has(next)) s.ORG += 1.5;
  if (len === 1 && first.caps && !shouting && first.key.length <= 5) s.ORG += 2;
  if (len === 1 && AGENT_AFTER.has(next)) s.PER += 0.4;
  // Results tables: a name followed by a score is a team.
  if (nextTok && /^\d+$/.test(nextTok.key) && nextTok.joined && !personal) s.ORG += 1.5;
  if (len === 1 && PERSONISH.test(first.key)) s.PER += 0.7;
  if (PLACEISH.test(last.key)) s.LOC += 0.7;
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
