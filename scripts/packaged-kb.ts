/**
 * The packaged knowledge base: the starter actors (lib/kb) and the converted open-data files
 * (lib/kb/world/*.json, written by scripts/kb/), compiled into the two files the extension ships:
 * `kb/base.bin.gz` (the detector's matcher, see lib/detect/compiled-kb.ts) and `kb/actors.json` with its
 * parts `kb/actors-<n>.json` (every actor with its aliases, read only when the database is seeded). Used by the build (wxt.config.ts),
 * the `detect` command and the benchmarks. `npx tsx scripts/packaged-kb.ts <dir>` writes them to a folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fold } from '../lib/db/search-words';
import { compileKb } from '../lib/detect/compiled-kb';
import { curatedOrganisations } from '../lib/kb/curated/orgs-all';
import { CURATED_PEOPLE, CURATED_PEOPLE_SOURCE } from '../lib/kb/curated/people-all';
import { withLanguages } from '../lib/kb/languages';
import { personActor } from '../lib/kb/people';
import { starterActors } from '../lib/kb/starter';
import type { Actor } from '../lib/model';
import { COMMON_NAMES, COMMON_WORDS, DICTIONARY, VERY_COMMON_WORDS } from './kb/alias-filter';

const WORLD = fileURLToPath(new URL('../lib/kb/world/', import.meta.url));

/** The converted open-data files, in a fixed order: the first source of an actor wins. */
export const WORLD_FILES = [
  'us-congress.json',
  'uk-ministers.json',
  'uk-mps.json',
  'intl-orgs.json',
  'parties.json',
  'parlgov-parties.json',
  'companies.json',
  'places.json',
];

/**
 * Every packaged actor: the starter actors, the curated people and organisations, then the open-data
 * files. An actor already there under the same id or Wikidata item, or of the same kind and name (in
 * the same country, when both have one) is skipped: Hamas is curated and a party in Party Facts,
 * Istanbul curated and a city in dr5hn.
 */
export function packagedActors(): Actor[] {
  const sources: Actor[][] = [
    starterActors(),
    CURATED_PEOPLE.map((row) => personActor(row, CURATED_PEOPLE_SOURCE)),
    curatedOrganisations(),
    ...WORLD_FILES.map((file) => JSON.parse(readFileSync(join(WORLD, file), 'utf8')) as Actor[]),
  ];
  const ids = new Set<string>();
  /** `kind name` of every actor so far, of those without a country, and `kind name country`. */
  const names = new Set<string>();
  const countryless = new Set<string>();
  const placed = new Set<string>();
  const out: Actor[] = [];
  const capitals = capitalsOf(sources[0] ?? []);
  const curated = new Set(sources.slice(0, 3).flatMap((list) => list.map((a) => a.id)));
  for (const found of sources.flat()) {
    if (!curated.has(found.id) && namedByAWord(found)) continue;
    const actor = withoutCommonWords(qualifiedRegion(found, capitals), !curated.has(found.id));
    const kind = actor.kind === 'state' ? 'place' : actor.kind;
    // Its names: "Kamala D. Harris" (congress-legislators) is the curated "Kamala Harris".
    const forms = [actor.name, ...actor.aliases.filter((a) => a.role === 'name').map((a) => a.text)];
    const keys = [...new Set(forms.map((form) => `${kind} ${fold(form)}`))];
    const same = keys.some((name) =>
      actor.country ? countryless.has(name) || placed.has(`${name} ${actor.country}`) : names.has(name),
    );
    if (ids.has(actor.id) || (actor.wikidata && ids.has(actor.wikidata)) || same) continue;
    ids.add(actor.id);
    if (actor.wikidata) ids.add(actor.wikidata);
    for (const name of keys) {
      names.add(name);
      if (actor.country) placed.add(`${name} ${actor.country}`);
      else countryless.add(name);
    }
    out.push(actor);
  }
  return withLanguages(capitalsInEveryLanguage(cityBeforeRegion(withoutPlaceSurnames(out))));
}

/**
 * A capital stands for its government in every language the base names it in: the native names of
 * the capital city ("Киев", "طهران", "Varsovie") become `capital` aliases of its state, so the
 * detector weighs the government against the city as it does for "Kyiv".
 */
function capitalsInEveryLanguage(actors: Actor[]): Actor[] {
  const capitals = capitalsOf(actors);
  const names = new Map<string, Set<string>>();
  for (const a of actors) {
    if (a.kind !== 'place' || !a.country || !capitals.has(`${fold(a.name)}|${a.country}`)) continue;
    const list = names.get(a.country) ?? new Set<string>();
    for (const alias of a.aliases) if (alias.role === 'native') list.add(alias.text);
    names.set(a.country, list);
  }
  return actors.map((a) => {
    const extra = a.kind === 'state' && a.country ? names.get(a.country) : undefined;
    if (!extra) return a;
    const have = new Set(a.aliases.map((x) => fold(x.text)));
    const added = [...extra].filter((text) => !have.has(fold(text)));
    return { ...a, aliases: [...a.aliases, ...added.map((text) => ({ text, role: 'capital' as const }))] };
  });
}

/**
 * A region named like a city in it that is known as "<name> City" is the region only when
 * qualified: bare "New York" is the city (news means it far more often), "New York State" the state.
 */
/** A city of 3 million people or more: only such a city takes its region's bare name (New York, not Oklahoma). */
function bigCity(city: Actor): boolean {
  const people = /population ([\d.,]+)( million)?/.exec(city.description);
  if (!people?.[1]) return false;
  const count = Number(people[1].replace(/,/g, '')) * (people[2] ? 1_000_000 : 1);
  return count >= 3_000_000;
}

function cityBeforeRegion(actors: Actor[]): Actor[] {
  const cities = new Map<string, Actor>();
  for (const a of actors)
    if (a.kind === 'place' && / City$/.test(a.name)) cities.set(`${fold(a.name)}|${a.country}`, a);
  const moved = new Map<string, string>();
  const out = actors.map((a) => {
    const city = cities.get(`${fold(a.name)} city|${a.country}`);
    // Only a city inside the region: Kansas City lies in Missouri, so Kansas stays Kansas.
    const inside = city?.description.includes(` in ${a.name},`) === true && bigCity(city);
    if (a.kind !== 'place' || !city || !inside || !/first-level division/.test(a.description)) return a;
    moved.set(city.id, a.name);
    const name = `${a.name} State`;
    const bare = fold(a.name);
    return {
      ...a,
      name,
      aliases: [{ text: name, role: 'name' as const }, ...a.aliases.filter((x) => fold(x.text) !== bare)],
    };
  });
  return out.map((a) => {
    const bare = moved.get(a.id);
    return bare ? { ...a, aliases: [...a.aliases, { text: bare, role: 'short' as const }] } : a;
  });
}

/**
 * A person's surname alone that also names a place, a state or an organisation is dropped: a bare
 * "Scotland" is the country, not Baroness Scotland. Their full names stay.
 */
function withoutPlaceSurnames(actors: Actor[]): Actor[] {
  const others = new Set<string>();
  for (const a of actors) {
    if (a.kind === 'person') continue;
    for (const text of [a.name, ...a.aliases.map((x) => x.text)]) others.add(fold(text));
  }
  return actors.map((a) => {
    if (a.kind !== 'person') return a;
    const aliases = a.aliases.filter((x) => x.role !== 'surname' || !others.has(fold(x.text)));
    return aliases.length === a.aliases.length ? a : { ...a, aliases };
  });
}

/**
 * A converted organisation whose name is one dictionary word, in any case ("Heritage", "Muslim",
 * "Dawn", "Islamists"), is left out: the word is far more often just the word.
 */
function namedByAWord(actor: Actor): boolean {
  if (actor.kind !== 'organisation') return false;
  const key = fold(actor.name);
  return !/\s/.test(key) && (DICTIONARY.has(key) || DICTIONARY.has(key.replace(/s$/, '')));
}

/** `name|country` of every state's capital. */
function capitalsOf(actors: readonly Actor[]): Set<string> {
  const out = new Set<string>();
  for (const state of actors.filter((a) => a.kind === 'state'))
    for (const alias of state.aliases)
      if (alias.role === 'capital') out.add(`${fold(alias.text)}|${state.country}`);
  return out;
}

// Region types whose region is not the capital city itself ("City of Serbia" Belgrade is).
const REGION_TYPE = /^(State|Province|Department|Governorate|Region) of /;

/**
 * A region named like its state's capital is named with its type: Washington the US state is
 * "Washington State", and bare "Washington" stays the capital (the government, or the city).
 */
function qualifiedRegion(actor: Actor, capitals: ReadonlySet<string>): Actor {
  const type = REGION_TYPE.exec(actor.description)?.[1];
  if (actor.kind !== 'place' || !type || !capitals.has(`${fold(actor.name)}|${actor.country}`)) return actor;
  const name = `${actor.name} ${type}`;
  const bare = fold(actor.name);
  return {
    ...actor,
    name,
    aliases: [
      { text: name, role: 'name' },
      ...actor.aliases.filter((a) => a.role !== 'name' && a.role !== 'native' && fold(a.text) !== bare),
    ],
  };
}

const LOOSE: ReadonlySet<string> = new Set(['name', 'native', 'short', 'official']);

/**
 * A one-word other name that is an English word is dropped: the dr5hn translations are partly
 * machine-made ("Sofá" for Chesterfield, "Imbécile" for Morón) and world-countries lists Iceland's
 * "Ísland", which folds to "island". A state keeps its names unless the word is among the most common
 * ("Turkey" and "China" stay). A converted source's abbreviation that is a word or a name goes too;
 * demonyms, capitals, metonyms and surnames are curated and stay.
 */
function withoutCommonWords(actor: Actor, converted: boolean): Actor {
  const own = fold(actor.name);
  const aliases = actor.aliases.filter((a) => {
    const key = fold(a.text);
    // Chinese has no spaces: a two-character place name is cut out of longer words (同海 in 不同海拔).
    if (converted && a.role === 'native' && /^\p{Script=Han}{1,2}$/u.test(a.text)) return false;
    // "Şam" (Damascus in Turkish) folds to the given name Sam; "Adam" is no name of Guye.
    if (converted && a.role === 'native' && !/\s/.test(key) && COMMON_NAMES.has(key)) return false;
    if (/\s/.test(key) || key === own) return true;
    // A converted party's "FORD" or "GULP" matches shouted headlines; curated ones (WHO, ICE) stay.
    if (a.role === 'abbreviation') return !converted || !(COMMON_WORDS.has(key) || COMMON_NAMES.has(key));
    if (!LOOSE.has(a.role)) return true;
    const words = actor.kind === 'state' && a.role === 'name' ? VERY_COMMON_WORDS : COMMON_WORDS;
    return !words.has(key);
  });
  return aliases.length === actor.aliases.length ? actor : { ...actor, aliases };
}

/** The shipped files' contents. */
export function packagedKbFiles(actors = packagedActors()): { base: Uint8Array; actors: string[] } {
  return { base: compileKb(actors), actors: actorParts(actors) };
}

/** Each part of `actors.json` at most this long: addons.mozilla.org does not parse files over 5 MB. */
const PART_CHARS = 3_000_000;

/** The actors as JSON arrays of at most `PART_CHARS` characters each. */
function actorParts(actors: readonly Actor[]): string[] {
  const parts: string[] = [];
  let rows: string[] = [];
  let size = 0;
  for (const actor of actors) {
    const row = JSON.stringify(actor);
    if (size + row.length > PART_CHARS && rows.length > 0) {
      parts.push(`[${rows.join(',')}]`);
      rows = [];
      size = 0;
    }
    rows.push(row);
    size += row.length + 1;
  }
  if (rows.length > 0) parts.push(`[${rows.join(',')}]`);
  return parts;
}

/**
 * Writes `base.bin.gz`, the parts `actors-<n>.json` and `actors.json`, which lists the parts, into `dir`;
 * returns the files (relative to `dir`).
 */
export function writePackagedKb(dir: string): { files: string[]; count: number } {
  const actors = packagedActors();
  const out = packagedKbFiles(actors);
  mkdirSync(dir, { recursive: true });
  // Gzipped: a waking worker inflates it as it streams in (lib/background/packaged-files.ts).
  writeFileSync(join(dir, 'base.bin.gz'), gzipSync(out.base, { level: 9 }));
  const parts = out.actors.map((_, n) => `actors-${n}.json`);
  out.actors.forEach((json, n) => {
    writeFileSync(join(dir, parts[n] as string), json);
  });
  writeFileSync(join(dir, 'actors.json'), JSON.stringify({ parts }));
  return { files: ['base.bin.gz', 'actors.json', ...parts], count: actors.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.wxt/kb';
  const t = performance.now();
  const out = writePackagedKb(dir);
  console.log(
    `${out.count} actors -> ${out.files.map((f) => join(dir, f)).join(', ')} (${Math.round(performance.now() - t)} ms)`,
  );
}
