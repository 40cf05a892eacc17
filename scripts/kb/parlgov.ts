/**
 * Political parties of the EU and OECD states that Party Facts lacks -> lib/kb/world/parlgov-parties.json.
 *
 * Source: ParlGov (hdigital/parlgov-web, data CC0 1.0, code MIT; Döring and Manow, ParlGov 2024
 * release), commit edd6f2d148057b5582a50d4e5e09ccb751423bc0 (2026-08-17), the legacy tables in
 * `scripts/migrate_parlgov-db/import-data-legacy/`: `21__parties__Party.csv` (names, short names,
 * foundation and dissolution dates, family), `02__datacore__Country.csv`, `31__elections__Election.csv`
 * and `32__elections__ElectionResult.csv` (last election contested, best national result). The
 * `description` column is not read; descriptions are written here from the fields.
 *
 * Kept: parties dissolved 2000 or later or not at all that contested an election or were founded in
 * 2000 or later; not electoral alliances, "no seat" / "others" / "no party affiliation" rows or
 * single independent candidates. Left out as Party Facts parties (lib/kb/world/parties.json): a party
 * Party Facts links to ParlGov (`import/ipod/partyfacts-parlgov-ids.csv`, `import/mapp/partyfacts-parlgov.csv`
 * of hdigital/partyfactsdata commit 764de8978f84), one with the same English Wikipedia article as a
 * Party Facts core party, or the same name in the same country; and any organisation the packaged
 * base already has under the same name in the same country.
 *
 * Rerun: npx tsx scripts/kb/parlgov.ts [parlgov-repo-dir] [commit] [partyfacts-repo-dir] [commit]
 * Run after parties.ts.
 */
import { fold } from '../../lib/db/search-words';
import { STATES } from '../../lib/kb/states.generated';
import type { Alias } from '../../lib/model';
import { packagedActors } from '../packaged-kb';
import {
  COMMON_WORDS,
  cleanAliases,
  gitShow,
  inStarter,
  STATE_CODES,
  slug,
  starterIndex,
  type WorldActor,
  writeWorld,
} from './alias-filter';
import { parseCsv } from './csv';

const REPO = process.argv[2] ?? '/work/.mirror/hdigital+parlgov-web/repo';
const COMMIT = process.argv[3] ?? 'edd6f2d148057b5582a50d4e5e09ccb751423bc0';
const PF_REPO = process.argv[4] ?? '/work/.mirror/hdigital+partyfactsdata/repo';
const PF_COMMIT = process.argv[5] ?? '764de8978f84ba41a1c88752d6a00b9a4d05f599';
const AS_OF = '2026-08-17';
const SOURCE = 'ParlGov (CC0)';
const LEGACY = 'scripts/migrate_parlgov-db/import-data-legacy';

/** The columns read (a missing column reads as ''). */
type Column =
  | 'id'
  | 'type'
  | 'date'
  | 'election'
  | 'party'
  | 'vote_share'
  | 'country'
  | 'code_iso2'
  | 'name_short'
  | 'family'
  | 'name'
  | 'name_english'
  | 'name_ascii'
  | 'name_nonlatin'
  | 'name_native'
  | 'wikipedia'
  | 'foundation_date'
  | 'dissolution_date'
  | 'partyfacts_id'
  | 'parlgov_id';
const table = (name: string) => parseCsv<Column>(gitShow(REPO, COMMIT, `${LEGACY}/${name}.csv`));
const pf = (path: string) => parseCsv<Column>(gitShow(PF_REPO, PF_COMMIT, path));

const countries = new Map(table('02__datacore__Country').map((c) => [c.id, c]));
const elections = new Map(table('31__elections__Election').map((e) => [e.id, e]));
/** Per party: date of the last election contested, best national parliament result. */
const lastElection = new Map<string, string>();
const best = new Map<string, { share: number; year: string }>();
for (const r of table('32__elections__ElectionResult')) {
  const e = elections.get(r.election);
  if (!e) continue;
  if (e.date > (lastElection.get(r.party) ?? '')) lastElection.set(r.party, e.date);
  const share = Number(r.vote_share || 0);
  // Election type 13 is the national parliament (1 is the European Parliament).
  if (e.type === '13' && share > (best.get(r.party)?.share ?? 0))
    best.set(r.party, { share, year: e.date.slice(0, 4) });
}

// Party Facts: its party ids, ParlGov links, English Wikipedia articles and names by country.
const core = pf('import/elecglob/partyfacts-core-parties.csv');
const wikidata = pf('import/wikipedia/wikidata.csv');
const pfIds = new Set([...core, ...wikidata].map((r) => r.partyfacts_id));
const linked = new Set(
  [...pf('import/ipod/partyfacts-parlgov-ids.csv'), ...pf('import/mapp/partyfacts-parlgov.csv')]
    .filter((r) => pfIds.has(r.partyfacts_id))
    .map((r) => r.parlgov_id),
);
const article = (url: string) => {
  const m = /^https?:\/\/en\.(?:m\.)?wikipedia\.org\/wiki\/(.+)$/.exec(url.trim());
  if (!m?.[1]) return '';
  let title = m[1];
  try {
    title = decodeURIComponent(title);
  } catch {}
  return title.replace(/ /g, '_').toLowerCase();
};
const pfArticles = new Set(core.map((r) => article(r.wikipedia)).filter(Boolean));
const key = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const pfNames = new Set<string>();
for (const r of core)
  for (const n of [r.name, ...r.name_english.split(' / ')]) if (n) pfNames.add(`${r.country} ${key(n)}`);
for (const r of wikidata)
  for (const n of [r.name, r.name_native]) if (n) pfNames.add(`${r.country} ${key(n)}`);

// Organisations already in the packaged base (parties.json, curated and starter organisations).
const base = packagedActors().filter((a) => a.kind === 'organisation' && a.source !== SOURCE);
const baseNames = new Set(
  base.flatMap((a) =>
    [a.name, ...a.aliases.filter((al) => al.role !== 'abbreviation').map((al) => al.text)].map(
      (n) => `${a.country ?? ''} ${key(n)}`,
    ),
  ),
);
/** Every name and alias text of a base organisation: a new party does not take one. */
const baseTexts = new Set(base.flatMap((a) => [a.name, ...a.aliases.map((al) => al.text)].map(fold)));

const stateName = new Map(STATES.map((s) => [s.country ?? '', s.name]));
const the = (n: string) =>
  /^(United |Netherlands|Philippines|Czech Republic|Dominican|Central African)|Islands$/.test(n)
    ? `the ${n}`
    : n;
const demonym = new Map(
  STATES.map((s) => [s.country ?? '', s.aliases.find((a) => a.role === 'demonym')?.text ?? '']),
);

/** Families that are not parties: electoral alliance, no seat, single candidate, district, abroad. */
const NOT_PARTY_FAMILY = new Set(['27', '80', '84', '88', '90']);
const NOT_PARTY =
  /^(no party affiliation|others?|other \w+|one seat|no seat|abroad|ethnic|independents?|independent --|PEC --|Greenland and Faroe Islands|centre left|centre right|\w+ national community)(?!\w)/i;
/** ParlGov writes dashes as "--"; several names of one party are joined with " | ". */
const tidy = (t: string) =>
  t
    .replace(/\s+--\s+/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();
const names = (t: string) =>
  t
    .split(/\s+\|\s+/)
    .map(tidy)
    .filter(Boolean);
/** An abbreviation worth matching: capitals (and digits) only, three capitals or more, not a word. */
const goodAbbreviation = (t: string) =>
  /^[\p{Lu}\d&-]+$/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 3 && !COMMON_WORDS.has(t.toLowerCase());

const starter = starterIndex();
const taken = new Set(base.map((a) => a.id));
const actors: WorldActor[] = [];
const parties = table('21__parties__Party').sort((a, b) => Number(a.id) - Number(b.id));
for (const p of parties) {
  const country = countries.get(p.country);
  const cc = country?.code_iso2 ?? '';
  if (!STATE_CODES.has(cc) || NOT_PARTY_FAMILY.has(p.family)) continue;
  const english = names(p.name_english);
  const native = [...names(p.name), ...names(p.name_ascii), ...names(p.name_nonlatin)];
  const name = english.at(-1) ?? native[0] ?? '';
  if (!name || NOT_PARTY.test(p.name_english.trim()) || /\+|\bnone\b|^etc$|^d-/.test(p.name_short)) continue;
  const ended = p.dissolution_date;
  if (ended && ended < '2000') continue;
  const last = [lastElection.get(p.id) ?? '', p.foundation_date].sort().at(-1) ?? '';
  if (!ended && last < '2000') continue;
  // Party Facts has it: linked, same Wikipedia article, or same name in the same country.
  if (linked.has(p.id) || (article(p.wikipedia) && pfArticles.has(article(p.wikipedia)))) continue;
  const iso3 = country?.name_short ?? '';
  if ([...english, ...native].some((n) => pfNames.has(`${iso3} ${key(n)}`))) continue;
  if ([...english, ...native].some((n) => baseNames.has(`${cc} ${key(n)}`))) continue;

  const aliases: Alias[] = english.map((text) => ({ text, role: 'name' }));
  for (const text of native)
    if (!aliases.some((a) => key(a.text) === key(text))) aliases.push({ text, role: 'native' });
  const short = p.name_short.trim();
  if (goodAbbreviation(short)) aliases.push({ text: short, role: 'abbreviation' });
  // A text another organisation of the base already has would be ambiguous: qualify or drop it.
  const own = cleanAliases('organisation', aliases).filter(
    (a) => !baseTexts.has(fold(a.text)) && !starter.texts.has(`organisation|${a.text}`),
  );
  if (!own.some((a) => a.role === 'name') && demonym.get(cc))
    own.push({ text: `${demonym.get(cc)} ${name.replace(/^The /, '')}`, role: 'name' });

  const founded = p.foundation_date.slice(0, 4);
  const result = best.get(p.id);
  const years = ended ? ` (${founded || '?'}–${ended.slice(0, 4)})` : founded ? `, founded ${founded}` : '';
  const share = result && result.share > 0 ? `; best national result ${result.share}% (${result.year})` : '';
  const actor: WorldActor = {
    id: '',
    name,
    kind: 'organisation',
    description: `${ended ? 'Former political party' : 'Political party'} in ${the(stateName.get(cc) ?? cc)}${years}${share}`,
    aliases: cleanAliases('organisation', own),
    country: cc,
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  let id = `org:party-${slug(name) || 'unnamed'}-${cc.toLowerCase()}`;
  for (let n = 2; taken.has(id); n++) id = `org:party-${slug(name)}-${cc.toLowerCase()}-${n}`;
  taken.add(id);
  actors.push({ ...actor, id });
}

writeWorld('parlgov-parties', actors);
