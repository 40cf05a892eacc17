import { AGENT_AFTER, AGENT_BEFORE, PERSON_BEFORE, PLACE_AFTER, PLACE_BEFORE } from './cues';
import { gazetteer, looksLikeDemonym } from './gazetteer';
import { inflectedCommon } from './inflect';
import {
  COMPASS,
  LOC_LAST,
  MISC_LAST,
  NEVER_NAME,
  NEWS_AGENCIES,
  OF_HEADS,
  ORG_LAST,
  ORG_NEXT,
  PARTICLES,
  PERSONISH,
  PLACEISH,
  SPORTS,
  TITLE_WORDS,
} from './lexicon';
import { keyOf, watchVocab } from './vocab';

/**
 * What the gazetteer, the lexicon and the cue lists say about a word, as bits per word id: worked
 * out the first time a word is met, then one typed-array read per token instead of a dozen set
 * look-ups by string.
 */
export enum Fact {
  Common = 1 << 0,
  /** A common word or an inflection of one ("Standings"): see `isCommon`. */
  CommonForm = 1 << 1,
  FirstName = 1 << 2,
  LastName = 1 << 3,
  Place = 1 << 4,
  Country = 1 << 5,
  Demonym = 1 << 6,
  LooksDemonym = 1 << 7,
  NeverName = 1 << 8,
  /** "I'm", "It's": a contraction of a word that is never a name. */
  NeverContraction = 1 << 9,
  Particle = 1 << 10,
  Title = 1 << 11,
  OrgLast = 1 << 12,
  LocLast = 1 << 13,
  OfHead = 1 << 14,
  NewsAgency = 1 << 15,
  MiscLast = 1 << 16,
  Sports = 1 << 17,
  /** First word of a place of several words, second word of a two-word place ("new", "york"). */
  PlaceFirst = 1 << 18,
  PlaceSecond = 1 << 19,
  OrgNext = 1 << 20,
  Compass = 1 << 21,
  Personish = 1 << 22,
  Placeish = 1 << 23,
  Digits = 1 << 24,
  /** 1800..2099: a year, as in a dateline. */
  Year = 1 << 25,
  PlaceBefore = 1 << 26,
  AgentAfter = 1 << 27,
  AgentBefore = 1 << 28,
  PersonBefore = 1 << 29,
}

/** Cue bits of a word, for the context of a known name (see `resolve.ts`). */
export enum Cue {
  PlaceBefore = 1,
  AgentAfter = 2,
  AgentBefore = 4,
  PersonBefore = 8,
  PlaceAfter = 16,
}

// Set on every computed entry, so 0 means "not computed yet". Bits 30 and 31 together keep the
// value a small integer (negative) for V8.
const COMPUTED = 3 << 30;

let facts = new Int32Array(1 << 16);
let cues = new Uint8Array(1 << 16);

watchVocab(
  (id) => {
    if (id < facts.length) return;
    const grownFacts = new Int32Array(facts.length * 2);
    grownFacts.set(facts);
    facts = grownFacts;
    const grownCues = new Uint8Array(cues.length * 2);
    grownCues.set(cues);
    cues = grownCues;
  },
  (size) => {
    facts.fill(0, size);
    cues.fill(0, size);
  },
);

let twoWordPlaces: { first: Set<string>; second: Set<string> } | null = null;

function placeHalves() {
  if (!twoWordPlaces) {
    twoWordPlaces = { first: new Set(), second: new Set() };
    for (const p of gazetteer().places) {
      const words = p.split(' ');
      if (words.length < 2) continue;
      twoWordPlaces.first.add(words[0] as string);
      if (words.length === 2) twoWordPlaces.second.add(words[1] as string);
    }
  }
  return twoWordPlaces;
}

function compute(id: number): void {
  const key = keyOf(id);
  const g = gazetteer();
  const halves = placeHalves();
  const apostrophe = key.indexOf("'");
  const bits: [boolean, number][] = [
    [g.common.has(key), Fact.Common],
    [g.common.has(key) || inflectedCommon(g, key), Fact.CommonForm],
    [g.firstNames.has(key), Fact.FirstName],
    [g.lastNames.has(key), Fact.LastName],
    [g.places.has(key), Fact.Place],
    [g.countries.has(key), Fact.Country],
    [g.demonyms.has(key), Fact.Demonym],
    [looksLikeDemonym(g, key), Fact.LooksDemonym],
    [NEVER_NAME.has(key), Fact.NeverName],
    [apostrophe > 0 && NEVER_NAME.has(key.slice(0, apostrophe)), Fact.NeverContraction],
    [PARTICLES.has(key), Fact.Particle],
    [TITLE_WORDS.has(key), Fact.Title],
    [ORG_LAST.has(key), Fact.OrgLast],
    [LOC_LAST.has(key), Fact.LocLast],
    [OF_HEADS.has(key), Fact.OfHead],
    [NEWS_AGENCIES.has(key), Fact.NewsAgency],
    [MISC_LAST.has(key), Fact.MiscLast],
    [SPORTS.has(key), Fact.Sports],
    [halves.first.has(key), Fact.PlaceFirst],
    [halves.second.has(key), Fact.PlaceSecond],
    [ORG_NEXT.has(key), Fact.OrgNext],
    [COMPASS.has(key), Fact.Compass],
    [PERSONISH.test(key), Fact.Personish],
    [PLACEISH.test(key), Fact.Placeish],
    [/^\d+$/.test(key), Fact.Digits],
    [/^(?:1[89]|20)\d\d$/.test(key), Fact.Year],
    [PLACE_BEFORE.has(key), Fact.PlaceBefore],
    [AGENT_AFTER.has(key), Fact.AgentAfter],
    [AGENT_BEFORE.has(key), Fact.AgentBefore],
    [PERSON_BEFORE.has(key), Fact.PersonBefore],
  ];
  let f = 0;
  for (const [yes, bit] of bits) if (yes) f |= bit;
  facts[id] = f | COMPUTED;
  cues[id] =
    (PLACE_BEFORE.has(key) ? Cue.PlaceBefore : 0) |
    (AGENT_AFTER.has(key) ? Cue.AgentAfter : 0) |
    (AGENT_BEFORE.has(key) ? Cue.AgentBefore : 0) |
    (PERSON_BEFORE.has(key) ? Cue.PersonBefore : 0) |
    (PLACE_AFTER.has(key) ? Cue.PlaceAfter : 0);
}

/** The `Fact` bits of a word id. */
export function factsOf(id: number): number {
  const f = facts[id] as number;
  if (f !== 0) return f;
  compute(id);
  return facts[id] as number;
}

/** The `Cue` bits of a word id. */
export function cuesOf(id: number): number {
  if (facts[id] === 0) compute(id);
  return cues[id] as number;
}
