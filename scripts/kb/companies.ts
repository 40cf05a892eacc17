/**
 * Companies -> lib/kb/world/companies.json: banks, fuel brands, telecom operators, energy suppliers and
 * companies with a Wikidata id, from the name-suggestion-index.
 *
 * Source: name-suggestion-index 8.0.20260918 (npm package, BSD 3-Clause, © name-suggestion-index
 * contributors): `dist/json/nsi.json` (brands and operators with `brand:wikidata`/`operator:wikidata`).
 * Only national or wider entries (not one region of a state) with a Wikidata id are kept. NSI gives
 * where a brand operates, not where it is based, so `country` is left out and the description names
 * the market. Conservative: a brand whose only names are common words, given names or place names
 * ("Target", "Orange", "Emirates") is skipped.
 *
 * Rerun: npx tsx scripts/kb/companies.ts [unpacked-package-dir]
 *   (npm pack name-suggestion-index@8.0.20260918 && tar xzf name-suggestion-index-8.0.20260918.tgz)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STATES } from '../../lib/kb/states.generated';
import type { Alias } from '../../lib/model';
import {
  cleanAliases,
  inStarter,
  readJson,
  slug,
  starterIndex,
  type WorldActor,
  writeWorld,
} from './alias-filter';

const DIR = process.argv[2] ?? '/tmp/dataprobe/nsi/package';
const AS_OF = '2026-09-18';
const SOURCE = 'name-suggestion-index 8.0.20260918 (BSD-3-Clause)';
const CATEGORIES: Record<string, string> = {
  'brands/amenity/bank': 'Bank',
  'brands/amenity/fuel': 'Fuel company (filling-station brand)',
  'operators/office/energy_supplier': 'Energy supplier',
  'brands/shop/mobile_phone': 'Mobile telecom brand',
  'brands/office/telecommunication': 'Telecommunications company',
  'brands/office/company': 'Company',
};

interface Item {
  displayName: string;
  locationSet: { include: (string | number[])[] };
  tags: Record<string, string>;
}
const nsi = readJson<{ nsi: Record<string, { items: Item[] }> }>(`${DIR}/dist/json/nsi.json`);
/** Wikidata's English labels as NSI ships them (CC0): the name a company goes by ("Shell plc"). */
const labels = readJson<{ wikidata: Record<string, { label?: string }> }>(
  `${DIR}/dist/wikidata/wikidata.min.json`,
);
const latin = (t: string) => !/[^\p{Script=Latin}\d\s.,&'’()+-]/u.test(t);
const stateName = new Map(STATES.map((s) => [s.country?.toLowerCase() ?? '', s.name]));
const the = (n: string) =>
  /^(United |Netherlands|Philippines|Czech|Dominican)|Islands$/.test(n) ? `the ${n}` : n;

// Names of places: a brand called like a city ("Emirates" is not one, but "Phoenix" is) is skipped.
const worldDir = fileURLToPath(new URL('../../lib/kb/world/', import.meta.url));
const placeNames = new Set(
  (JSON.parse(readFileSync(`${worldDir}places.json`, 'utf8')) as WorldActor[]).flatMap((a) =>
    a.aliases.map((al) => al.text.toLowerCase()),
  ),
);
const otherIds = new Set(
  ['intl-orgs', 'parties'].flatMap((f) =>
    (JSON.parse(readFileSync(`${worldDir}${f}.json`, 'utf8')) as WorldActor[]).map((a) => a.id),
  ),
);
/** "Emirates" names the UAE in many texts: a single word that is also a word of a state's name. */
const stateWords = new Set(
  STATES.flatMap((s) => s.aliases.flatMap((a) => a.text.toLowerCase().split(/\s+/))),
);

interface Brand {
  q: string;
  names: Set<string>;
  category: string;
  markets: Set<string>;
}
const brands = new Map<string, Brand>();
for (const [path, label] of Object.entries(CATEGORIES)) {
  const kind = path.startsWith('operators/') ? 'operator' : 'brand';
  for (const item of nsi.nsi[path]?.items ?? []) {
    const q = item.tags[`${kind}:wikidata`];
    const include = item.locationSet.include;
    // National or wider only: "us-or.geojson" is one state of the US.
    if (!q || include.some((c) => typeof c !== 'string' || c.includes('-') || c.endsWith('.geojson')))
      continue;
    const b = brands.get(q) ?? { q, names: new Set<string>(), category: label, markets: new Set<string>() };
    for (const key of [kind, `${kind}:en`, 'name:en', 'official_name', 'official_name:en'])
      if (item.tags[key]) b.names.add(item.tags[key]);
    if (!item.tags[`${kind}:en`] && latin(item.tags[kind] ?? '')) b.names.add(item.displayName);
    for (const c of include) b.markets.add(String(c));
    brands.set(q, b);
  }
}

const starter = starterIndex();
const distinctive = (text: string) =>
  text.includes(' ') || !(placeNames.has(text.toLowerCase()) || stateWords.has(text.toLowerCase()));
const actors: WorldActor[] = [];
const reach = new Map<string, number>();
for (const b of [...brands.values()].sort((x, y) => Number(x.q.slice(1)) - Number(y.q.slice(1)))) {
  const label = labels.wikidata[b.q]?.label;
  const texts = [...new Set([label ?? '', ...b.names].map((t) => t.replace(/\s*\([^)]*\)/g, '').trim()))];
  // "aramco" beside "Aramco": keep the capitalised form.
  const names = texts.filter(
    (t) =>
      t && distinctive(t) && !(t === t.toLowerCase() && texts.some((u) => u !== t && u.toLowerCase() === t)),
  );
  const aliases: Alias[] = names.map((text) => ({
    text,
    role: /^[A-Z&]{2,6}$/.test(text) ? 'abbreviation' : latin(text) ? 'name' : 'native',
  }));
  const clean = cleanAliases('organisation', aliases);
  const name = clean.find((a) => a.role !== 'native')?.text;
  if (!name) continue;
  const markets = [...b.markets];
  const where =
    markets.length === 1 && stateName.has(markets[0] ?? '')
      ? ` in ${the(stateName.get(markets[0] ?? '') ?? '')}`
      : markets.includes('001')
        ? ' (international)'
        : ` in ${markets.length} ${markets.length === 1 ? 'market' : 'markets'}`;
  const actor: WorldActor = {
    id: `org:${slug(name)}`,
    name,
    kind: 'organisation',
    description: `${b.category}${where}`,
    aliases: clean,
    wikidata: b.q,
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  if (otherIds.has(actor.id) || actors.some((a) => a.id === actor.id))
    actor.id = `org:${slug(name)}-${b.q.toLowerCase()}`;
  actors.push(actor);
  reach.set(actor.id, markets.includes('001') ? 1000 : markets.length);
}

// An alias two brands share ("HSBC" for HSBC UK and HSBC Global) stays with the one of widest reach.
const owner = new Map<string, WorldActor>();
for (const a of actors)
  for (const al of a.aliases) {
    const o = owner.get(al.text);
    if (!o || (reach.get(a.id) ?? 0) > (reach.get(o.id) ?? 0)) owner.set(al.text, a);
  }
// An alias of a starter or curated organisation (e.g. "HSBC") is theirs, not a subsidiary's.
for (const a of actors)
  a.aliases = a.aliases.filter(
    (al) => owner.get(al.text) === a && !starter.texts.has(`organisation|${al.text}`),
  );

writeWorld('companies', actors);
