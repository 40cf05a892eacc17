import { dedupeAliases } from '../../lib/kb/dedupe-aliases';
import type { Actor, Alias, AliasRole } from '../../lib/model';
import { STATE_EXTRAS } from './state-extras';

/** The fields of a `world-countries` record that the knowledge base uses. */
export interface CountryRecord {
  cca2: string;
  unMember: boolean;
  subregion: string;
  region: string;
  capital: string[];
  altSpellings: string[];
  name: { common: string; official: string; native: Record<string, { common: string; official: string }> };
  demonyms: Record<string, { f: string; m: string }>;
}

/** Country names by ISO2 code in one language, as `i18n-iso-countries` gives them. */
export type LocaleNames = Record<string, string | string[]>;

/** Languages whose names are kept as `native` aliases (the reader's sources may be in any of them). */
export const EXTRA_LANGS = ['fr', 'de', 'es', 'ru', 'uk', 'ar', 'fa', 'zh', 'tr'] as const;

/** Observer states: the Holy See and Palestine are not UN members but act as states in the news. */
const OBSERVERS = new Set(['VA', 'PS']);

/** Short codes readers actually write; every other 2–3 letter altSpelling is an ISO code and dropped. */
const KNOWN_ABBREVIATIONS = new Set([
  'US',
  'USA',
  'U.S.',
  'U.S.A.',
  'UK',
  'U.K.',
  'UAE',
  'DRC',
  'PRC',
  'DPRK',
]);

/** Catalogue forms such as "Korea, Republic of" or "Congo (República Democrática del)": nobody writes those. */
const notInverted = (name: string) => !/[,(]/.test(name);

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** True for the 193 UN members and the two observer states. */
export function isStateOfInterest(c: CountryRecord): boolean {
  // world-countries marks the Holy See as a UN member; it is an observer, so count it there.
  return OBSERVERS.has(c.cca2) || c.unMember;
}

/**
 * Government phrases. Rule: phrases that can only mean the state's government ("Turkish
 * government", "government of Turkey", "Turkish officials", "Turkish authorities") get role
 * `official`: unlike a capital or a metonym they need no context to name the government.
 */
function governmentPhrases(demonym: string | undefined, names: string[], abbreviations: string[]): string[] {
  const out = names.map((n) => `government of ${TAKES_THE.test(n) ? 'the ' : ''}${n}`);
  for (const adj of [demonym, ...abbreviations.filter((a) => a.length <= 4)])
    if (adj) out.push(`${adj} government`, `${adj} officials`, `${adj} authorities`);
  return out;
}

/** English names said with "the": "government of the United States". */
const TAKES_THE =
  /^(United|Republic|Democratic|Central African|Czech Republic|Dominican Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall Islands|Solomon Islands|Comoros|Seychelles|Holy See|State of)/;

/** "USA", "U.S.", "UAE": names written as capitals and dots. */
const isAbbreviation = (text: string) => /^[A-Z.]{2,7}$/.test(text);

/** Builds one state actor from both packages' records; aliases may still collide across states. */
export function buildState(c: CountryRecord, i18n: Record<string, LocaleNames>): Actor {
  const extras = STATE_EXTRAS[c.cca2] ?? {};
  const aliases: Alias[] = [];
  const add = (role: AliasRole, ...texts: string[]) => {
    for (const text of texts.map((t) => t.trim())) if (text) aliases.push({ text, role });
  };
  const englishNames = [c.name.common, ...list(i18n.en?.[c.cca2])].filter(notInverted);
  const common = [...englishNames, ...(extras.names ?? [])].filter((n) => !isAbbreviation(n));
  const abbreviations = [...englishNames, ...(extras.abbreviations ?? [])].filter(isAbbreviation);
  add('name', ...common);
  add('official', c.name.official);
  add('abbreviation', ...abbreviations);
  const natives = Object.values(c.name.native).flatMap((n) => [n.common, n.official]);
  for (const alt of c.altSpellings.filter(notInverted)) {
    if (alt.length <= 3 && !KNOWN_ABBREVIATIONS.has(alt)) continue;
    if (KNOWN_ABBREVIATIONS.has(alt)) add('abbreviation', alt);
    else if (natives.includes(alt) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) add('native', alt);
    else add(/ of |^The /.test(alt) ? 'official' : 'name', alt);
  }
  const englishSet = new Set(aliases.map((a) => a.text));
  const translated = EXTRA_LANGS.flatMap((lang) => list(i18n[lang]?.[c.cca2]));
  add('native', ...[...natives, ...translated].filter((n) => !englishSet.has(n) && notInverted(n)));
  const demonym = extras.demonym ?? c.demonyms.eng?.m;
  if (demonym) add('demonym', demonym);
  // French adjectives of origin, written in lower case ("le ministre turc", "la diplomatie russe").
  const fra = c.demonyms.fra;
  if (fra) add('demonym', ...[fra.m, fra.f].filter(Boolean).map((d) => d.toLowerCase()));
  const capitals = c.capital;
  add('capital', ...capitals, ...(extras.capitals ?? []));
  const govNames = common.filter((n) => !/ of /.test(n)).slice(0, 3);
  const govAbbreviations = aliases.filter((a) => a.role === 'abbreviation').map((a) => a.text);
  add('official', ...governmentPhrases(demonym, govNames, govAbbreviations));
  const name = extras.name ?? c.name.common;
  const where = c.subregion || c.region;
  const status = extras.status ?? 'Sovereign state';
  const capitalText = capitals.length ? `; capital ${capitals.join(', ').replace(/\.$/, '')}` : '';
  return {
    id: `state:${c.cca2}`,
    name,
    kind: 'state',
    description: `${status} in ${where}${capitalText}.`,
    aliases: dedupeAliases(aliases),
    country: c.cca2,
    source: 'world-countries (ODbL 1.0) and i18n-iso-countries (MIT)',
  };
}

/**
 * Removes alias texts that two states share ("Congo", "Guinean", "Dominican"): they cannot tell
 * the states apart, so neither keeps them. Names in `keep` survive (curated exceptions).
 */
export function dropSharedAliases(states: Actor[], keep: ReadonlySet<string> = new Set()): Actor[] {
  const owners = new Map<string, Set<string>>();
  for (const s of states)
    for (const a of s.aliases) owners.set(a.text, (owners.get(a.text) ?? new Set()).add(s.id));
  return states.map((s) => ({
    ...s,
    aliases: s.aliases.filter((a) => keep.has(a.text) || (owners.get(a.text)?.size ?? 0) < 2),
  }));
}

/** All 195 states, sorted by id, with shared aliases removed: the content of `states.generated.ts`. */
export function buildStates(countries: CountryRecord[], i18n: Record<string, LocaleNames>): Actor[] {
  const states = countries
    .filter(isStateOfInterest)
    .map((c) => buildState(c, i18n))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return dropSharedAliases(states);
}
