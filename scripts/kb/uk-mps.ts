/**
 * UK Members of Parliament and members of the House of Lords who sat at any time since 2000 ->
 * lib/kb/world/uk-mps.json.
 *
 * Source: Institute for Government, IfG Ministers Database (instituteforgov/ifg-ministers-database-public,
 * CC BY 4.0), commit 92e227025645607913912d9d8312b7421a437bd3 (2026-06-19): `data/person.csv`,
 * `representation.csv` (Commons and Lords memberships with dates), `representation_characteristics.csv`
 * (party), `constituency.csv`, and `appointment.csv` + `post.csv` for the most senior post held.
 *
 * The database covers only people who have held a ministerial post (1979 on), so this file adds the
 * MPs and peers of that set who are not already in uk-ministers.json (ministers since 2000) or in the
 * packaged base: mostly ministers of the 1980s and 1990s who sat on after 2000. Aliases are full
 * names (and "Lord X" forms, role `title`); no surnames. Descriptions are written here from the data
 * ("former Conservative Member of Parliament (UK) for Kensington and Chelsea, 1999–2005").
 *
 * Rerun: npx tsx scripts/kb/uk-mps.ts [mirror-repo-dir] [commit]
 * Run after uk-ministers.ts and the other world converters (it skips people the packaged base has).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../../lib/db/search-words';
import type { Alias } from '../../lib/model';
import { packagedActors } from '../packaged-kb';
import {
  cleanAliases,
  gitShow,
  inStarter,
  slug,
  starterIndex,
  type WorldActor,
  writeWorld,
} from './alias-filter';
import { parseCsv } from './csv';

const REPO = process.argv[2] ?? '/work/.mirror/instituteforgov+ifg-ministers-database-public/repo';
const COMMIT = process.argv[3] ?? '92e227025645607913912d9d8312b7421a437bd3';
const AS_OF = '2026-06-19';
const SOURCE = 'Institute for Government Ministers Database, Commons and Lords memberships (CC BY 4.0)';
const SINCE = '2000-01-01';

type Column =
  | 'id'
  | 'name'
  | 'display_name'
  | 'normalized_name'
  | 'start_date'
  | 'end_date'
  | 'rank_equivalence_value'
  | 'person_id'
  | 'post_id'
  | 'house'
  | 'type'
  | 'constituency_id'
  | 'representation_id'
  | 'party'
  | 'organisation_id';
type Row = Record<Column, string>;
const csv = (name: string) => parseCsv<Column>(gitShow(REPO, COMMIT, `data/${name}.csv`));
const group = (rows: Row[], key: Column) => {
  const out = new Map<string, Row[]>();
  for (const r of rows) out.set(r[key], [...(out.get(r[key]) ?? []), r]);
  return out;
};
const people = group(csv('person'), 'id');
const representations = group(csv('representation'), 'person_id');
const partyRows = group(csv('representation_characteristics'), 'representation_id');
const constituencies = new Map(csv('constituency').map((c) => [c.id, c.name]));
const posts = new Map(csv('post').map((p) => [p.id, p]));
const appointments = group(csv('appointment'), 'person_id');
const organisations = new Map(csv('organisation').map((o) => [o.id, o.name]));

// People the packaged base already has (uk-ministers.json among them), by folded full name.
const known = new Set(
  packagedActors()
    .filter((a) => a.kind === 'person' && a.source !== SOURCE && (!a.country || a.country === 'GB'))
    .flatMap((a) => [a.name, ...a.aliases.filter((al) => al.role === 'name').map((al) => al.text)])
    .map(fold),
);
const worldDir = fileURLToPath(new URL('../../lib/kb/world/', import.meta.url));
const otherIds = new Set(
  readdirSync(worldDir)
    .filter((f) => f.endsWith('.json') && f !== 'uk-mps.json')
    .flatMap((f) => (JSON.parse(readFileSync(worldDir + f, 'utf8')) as WorldActor[]).map((a) => a.id)),
);

const TITLED = /^(Lord|Baroness|Lady|Sir|Dame|Dr|The)\b/;
const year = (d: string) => d.slice(0, 4);
const span = (from: string, to: string) =>
  year(from) === year(to) ? year(from) : `${year(from)}–${year(to)}`;
/** The party a membership was last held for ("Conservative"), if the data says. */
function partyOf(rep: Row): string {
  const rows = [...(partyRows.get(rep.id) ?? [])].sort((a, b) =>
    (a.start_date || '').localeCompare(b.start_date || ''),
  );
  const party = rows.at(-1)?.party ?? '';
  return /^(Other|Lord Speaker|Non-affiliated)$/.test(party) ? '' : party;
}
/** "Labour ", "Crossbench ", "independent ", "" */
const partyWord = (party: string) => (party ? `${/^Independent$/.test(party) ? 'independent' : party} ` : '');

/** Commons: the last constituency and its continuous years; Lords: the years in the House. */
function memberships(reps: Row[]): string[] {
  const out: string[] = [];
  const commons = reps
    .filter((r) => r.house === 'Commons')
    .sort((a, b) => a.start_date.localeCompare(b.start_date));
  const lastSeat = commons.at(-1);
  if (lastSeat && (!lastSeat.end_date || lastSeat.end_date >= SINCE)) {
    // Back through the memberships for the same seat (its id changes with each boundary review).
    const where = constituencies.get(lastSeat.constituency_id);
    let first = commons.length - 1;
    while (first > 0 && constituencies.get(commons[first - 1]?.constituency_id ?? '') === where) first--;
    const from = commons[first]?.start_date ?? lastSeat.start_date;
    const party = partyWord(partyOf(lastSeat));
    const place = where ? ` for ${where}` : '';
    out.push(
      lastSeat.end_date
        ? `former ${party}Member of Parliament (UK)${place}, ${span(from, lastSeat.end_date)}`
        : `${party}Member of Parliament (UK)${place} since ${year(from)}`,
    );
  }
  const lords = reps
    .filter((r) => r.house === 'Lords')
    .sort((a, b) => a.start_date.localeCompare(b.start_date));
  const lastPeer = lords.at(-1);
  if (lastPeer && (!lastPeer.end_date || lastPeer.end_date >= SINCE)) {
    const from = lords[0]?.start_date ?? lastPeer.start_date;
    const party = partyWord(partyOf(lastPeer));
    out.push(
      lastPeer.end_date
        ? `former ${party}member of the House of Lords (UK), ${span(from, lastPeer.end_date)}`
        : `${party}member of the House of Lords (UK) since ${year(from)}`,
    );
  }
  return out;
}

/** The most senior post held (then the most recent): "former Home Secretary (UK) 1993–1997". */
function topPost(personId: string): string | undefined {
  const held = (appointments.get(personId) ?? [])
    .map((a) => ({ ...a, post: posts.get(a.post_id) }))
    .filter((a) => a.post)
    .sort(
      (a, b) =>
        Number(a.post?.rank_equivalence_value) - Number(b.post?.rank_equivalence_value) ||
        b.start_date.localeCompare(a.start_date),
    );
  const top = held[0];
  if (!top?.post) return undefined;
  const spell = held.filter((a) => a.post?.name === top.post?.name);
  const from = spell.map((a) => a.start_date).sort()[0] ?? top.start_date;
  const to = spell.some((a) => !a.end_date)
    ? ''
    : (spell
        .map((a) => a.end_date)
        .sort()
        .at(-1) ?? '');
  // "Minister of State, HO" -> "Minister of State, Home Office".
  const department = organisations.get(top.post.organisation_id);
  const title =
    department && /, [A-Za-z ]+$/.test(top.post.display_name) && !/\bWhip/.test(top.post.display_name)
      ? `${top.post.name}, ${department}`
      : top.post.display_name || top.post.name;
  return to ? `former ${title} (UK) ${span(from, to)}` : `${title} (UK) since ${year(from)}`;
}

const starter = starterIndex();
const actors: WorldActor[] = [];
for (const [personId, rows] of [...people].sort(([a], [b]) => a.localeCompare(b))) {
  const seats = memberships(representations.get(personId) ?? []);
  if (seats.length === 0) continue;
  const byDate = [...rows].sort((a, b) => (b.start_date || '0').localeCompare(a.start_date || '0'));
  const name = (byDate.find((r) => !TITLED.test(r.name)) ?? byDate[0])?.name ?? '';
  if (!name) continue;
  const aliases: Alias[] = [...new Set(byDate.flatMap((r) => [r.name, r.display_name, r.normalized_name]))]
    .filter(Boolean)
    .map((text) => ({ text, role: TITLED.test(text) ? 'title' : 'name' }));
  if (aliases.some((a) => a.role === 'name' && known.has(fold(a.text))) || known.has(fold(name))) continue;
  const post = topPost(personId);
  const description = [...seats, ...(post ? [post] : [])].join('; ');
  const actor: WorldActor = {
    id: `person:${slug(name)}`,
    name,
    kind: 'person',
    description: description.charAt(0).toUpperCase() + description.slice(1),
    aliases: cleanAliases('person', aliases, { commonNames: false }),
    country: 'GB',
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  if (otherIds.has(actor.id) || actors.some((a) => a.id === actor.id)) actor.id = `${actor.id}-gb`;
  for (let n = 2; otherIds.has(actor.id) || actors.some((a) => a.id === actor.id); n++)
    actor.id = `person:${slug(name)}-gb-${n}`;
  actors.push(actor);
}

writeWorld('uk-mps', actors);
