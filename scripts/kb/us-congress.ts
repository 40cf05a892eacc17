/**
 * US people -> lib/kb/world/us-congress.json: current members of Congress, and the presidents and
 * vice presidents whose terms began in 1977 or later.
 *
 * Source: unitedstates/congress-legislators (CC0 1.0), commit dfa9622263dd4c8d08636926e498f1845704d7eb
 * (2026-06-15): `legislators-current.yaml` and `executive.yaml`. Descriptions are written here from
 * the terms (office, state, district, party, years).
 *
 * Rerun: npx tsx scripts/kb/us-congress.ts [mirror-repo-dir] [commit]
 */
import { createRequire } from 'node:module';
import type { Alias } from '../../lib/model';
import {
  cleanAliases,
  dropShared,
  gitShow,
  inStarter,
  slug,
  starterIndex,
  type WorldActor,
  writeWorld,
} from './alias-filter';

const REPO = process.argv[2] ?? '/work/.mirror/unitedstates+congress-legislators/repo';
const COMMIT = process.argv[3] ?? 'dfa9622263dd4c8d08636926e498f1845704d7eb';
const AS_OF = '2026-06-15';
const SOURCE = 'unitedstates/congress-legislators (CC0)';

interface Term {
  type: 'sen' | 'rep' | 'prez' | 'viceprez';
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}
interface Person {
  id: { bioguide?: string; wikidata?: string };
  name: {
    first: string;
    middle?: string;
    last: string;
    suffix?: string;
    nickname?: string;
    official_full?: string;
  };
  terms: Term[];
}

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const read = (path: string) => yaml.load(gitShow(REPO, COMMIT, path)) as Person[];

// biome-ignore format: a table.
const STATES: Record<string, string> = { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam', VI: 'the US Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands' };
const TERRITORIES = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP']);

const ordinal = (n: number) =>
  `${n}${[11, 12, 13].includes(n % 100) ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const year = (d: string) => d.slice(0, 4);

/** Consecutive terms of the same office and state, merged: [type, state, district, first start, last end, party]. */
function spells(terms: Term[]) {
  const out: Term[] = [];
  for (const t of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const prev = out.at(-1);
    if (prev && prev.type === t.type && prev.state === t.state && prev.district === t.district)
      Object.assign(prev, { end: t.end, party: t.party ?? prev.party });
    else out.push({ ...t });
  }
  return out;
}

function office(t: Term): string {
  const state = STATES[t.state ?? ''] ?? t.state ?? '';
  if (t.type === 'prez') return 'President of the United States';
  if (t.type === 'viceprez') return 'Vice President of the United States';
  if (t.type === 'sen') return `United States Senator from ${state}`;
  if (t.state && TERRITORIES.has(t.state)) return `Delegate to the US House of Representatives for ${state}`;
  const district = t.district
    ? `${state.replace(/^the /, '')}'s ${ordinal(t.district)} district`
    : `${state} at large`;
  return `Member of the US House of Representatives for ${district}`;
}

/** "J.D. Vance" -> also "JD Vance" and "J. D. Vance". */
const initials = (t: string) =>
  /\b[A-Z]\.[A-Z]\./.test(t)
    ? [t, t.replace(/\b([A-Z])\.([A-Z])\./, '$1$2'), t.replace(/\b([A-Z])\.([A-Z])\./, '$1. $2.')]
    : [t];
const names = (n: Person['name']): string[] =>
  [
    n.official_full,
    // "James Carter" names many people; "Jimmy Carter" names him.
    n.nickname ? '' : `${n.first} ${n.last}`,
    n.nickname ? `${n.nickname} ${n.last}` : '',
    n.middle ? `${n.first} ${n.middle} ${n.last}` : '',
    n.suffix ? `${n.first} ${n.last} ${n.suffix}` : '',
  ]
    .filter((t): t is string => !!t)
    .flatMap(initials);

const starter = starterIndex();
const actors: WorldActor[] = [];
function add(p: Person, current: Term[], former: Term[], prominent: 'very' | 'yes' | 'no') {
  const party = (current[0] ?? former.at(-1))?.party;
  const parts = [
    ...current.map((t) => `${office(t)} since ${year(t.start)}`),
    ...former.map((t) => `former ${office(t)} ${year(t.start)}–${year(t.end)}`),
  ];
  const description = `${parts.slice(0, 3).join('; ')}${party ? ` (${party})` : ''}`;
  const aliases: Alias[] = names(p.name).map((text) => ({ text, role: 'name' }));
  if (prominent !== 'no') aliases.push({ text: p.name.last, role: 'surname' });
  const n = p.name;
  const name = n.nickname ? `${n.nickname} ${n.last}` : (n.official_full ?? `${n.first} ${n.last}`);
  const actor: WorldActor = {
    id: `person:${slug(name)}`,
    name,
    kind: 'person',
    description: description.charAt(0).toUpperCase() + description.slice(1),
    aliases: cleanAliases('person', aliases, {
      commonNames: prominent !== 'no',
      commonWords: prominent === 'very',
    }),
    country: 'US',
    wikidata: p.id.wikidata,
    asOf: AS_OF,
    source: SOURCE,
  };
  if (!inStarter(starter, actor) && !actors.some((a) => a.id === actor.id && a.name === actor.name))
    actors.push(actor);
}

for (const p of read('executive.yaml')) {
  const all = spells(p.terms.filter((t) => t.start >= '1977-01-20'));
  if (all.length === 0) continue;
  const isCurrent = (t: Term) => t.end > AS_OF;
  add(p, all.filter(isCurrent).reverse(), all.filter((t) => !isCurrent(t)).reverse(), 'very');
}
for (const p of read('legislators-current.yaml')) {
  const all = spells(p.terms);
  const now = all.at(-1);
  if (!now) continue;
  const former = all
    .slice(0, -1)
    .filter((t) => t.type !== now.type || t.end >= '2000-01-01')
    .reverse();
  add(p, [now], former, now.type === 'sen' ? 'yes' : 'no');
}

// The same id twice (two people of one name): the later gets the state or a number.
const seen = new Set<string>();
for (const a of actors) {
  for (let n = 2; seen.has(a.id); n++) a.id = `${a.id.replace(/-\d+$/, '')}-${n}`;
  seen.add(a.id);
}
writeWorld('us-congress', dropShared(actors, 'surname'));
