/**
 * International organisations -> lib/kb/world/intl-orgs.json.
 *
 * Source: dieghernan/Country-Codes-and-International-Organizations (MIT licence; data from the CIA
 * World Factbook, public domain), commit 3a7203aa5fa6085ef0f472691c41feb309446272 (2020-12-30):
 * `outputs/CountrycodesOrgs.csv` (one row per state and organisation). English full names and
 * acronyms; descriptions count the member states listed.
 *
 * Rerun: npx tsx scripts/kb/intl-orgs.ts [mirror-repo-dir] [commit]
 */
import { starterActors } from '../../lib/kb/starter';
import type { Alias } from '../../lib/model';
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

const REPO = process.argv[2] ?? '/work/.mirror/dieghernan+Country-Codes-and-International-Organizations/repo';
const COMMIT = process.argv[3] ?? '3a7203aa5fa6085ef0f472691c41feb309446272';
const AS_OF = '2020-12-30';
const SOURCE = 'dieghernan Country Codes and International Organizations (MIT), from the CIA World Factbook';
/** Two-letter acronyms that name the organisation in the news more than anything else. */
const SHORT_OK = new Set(['AU']);

const rows = parseCsv(gitShow(REPO, COMMIT, 'outputs/CountrycodesOrgs.csv'));
const orgs = new Map<string, { name: string; acronym: string; members: Set<string>; others: Set<string> }>();
for (const r of rows) {
  const name = r.org_name?.trim();
  if (!name || name === 'NGOs') continue;
  const o = orgs.get(name) ?? {
    name,
    acronym: r.org_id?.trim() ?? '',
    members: new Set(),
    others: new Set(),
  };
  (r.org_member?.trim() === 'member' ? o.members : o.others).add(r.ISO_3166_2 ?? '');
  orgs.set(name, o);
}

const starter = starterIndex();
const starterTexts = new Set(
  starterActors()
    .filter((a) => a.kind === 'organisation')
    .flatMap((a) => a.aliases.map((al) => al.text.toLowerCase())),
);
const actors: WorldActor[] = [];
for (const o of [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  if (starterTexts.has(o.name.toLowerCase()) || starterTexts.has(o.acronym.toLowerCase())) continue;
  if (starter.texts.has(`organisation|${o.name}`) || starter.texts.has(`organisation|${o.acronym}`)) continue;
  const aliases: Alias[] = [{ text: o.name, role: 'name' }];
  const acronym = /^[A-Z0-9&-]+$/.test(o.acronym) && (o.acronym.length > 2 || SHORT_OK.has(o.acronym));
  if (acronym && o.acronym !== o.name) aliases.push({ text: o.acronym, role: 'abbreviation' });
  const n = o.members.size;
  const others = o.others.size ? ` and ${o.others.size} observers, partners or associates` : '';
  const actor: WorldActor = {
    id: `org:${slug(acronym && o.acronym.length <= 8 ? o.acronym : o.name)}`,
    name: o.name,
    kind: 'organisation',
    description: `International organisation with ${n} member ${n === 1 ? 'state' : 'states'}${others} (CIA World Factbook, 2020)`,
    aliases: cleanAliases('organisation', aliases),
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  if (actors.some((a) => a.id === actor.id)) actor.id = `org:${slug(o.name)}`;
  actors.push(actor);
}

writeWorld('intl-orgs', actors);
