/**
 * UK ministers in office since 2000 -> lib/kb/world/uk-ministers.json.
 *
 * Source: Institute for Government, IfG Ministers Database (instituteforgov/ifg-ministers-database-public,
 * CC BY 4.0), commit 92e227025645607913912d9d8312b7421a437bd3 (2026-06-19): `data/person.csv`,
 * `data/post.csv`, `data/appointment.csv`. Descriptions are written here from the posts and dates
 * ("former Chancellor of the Exchequer (UK) 2022–2024"). Cabinet-rank ministers (PM, DPM, Secretary
 * of State rank) also get their surname as an alias.
 *
 * Rerun: npx tsx scripts/kb/uk-ministers.ts [mirror-repo-dir] [commit]
 * Run after us-congress.ts: ids already used by other world files get the suffix "-gb".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
import { parseCsv } from './csv';

const REPO = process.argv[2] ?? '/work/.mirror/instituteforgov+ifg-ministers-database-public/repo';
const COMMIT = process.argv[3] ?? '92e227025645607913912d9d8312b7421a437bd3';
const AS_OF = '2026-06-19';
const SOURCE = 'Institute for Government Ministers Database (CC BY 4.0)';
const SINCE = '2000-01-01';

type Column =
  | 'id'
  | 'name'
  | 'display_name'
  | 'normalized_name'
  | 'short_name'
  | 'start_date'
  | 'end_date'
  | 'rank_equivalence_value'
  | 'person_id'
  | 'post_id';
type Row = Record<Column, string>;
const csv = (name: string) => parseCsv<Column>(gitShow(REPO, COMMIT, `data/${name}.csv`));
const posts = new Map(csv('post').map((p) => [p.id, p]));
const appointments = csv('appointment').filter((a) => !a.end_date || a.end_date >= SINCE);
const people = new Map<string, Row[]>();
for (const row of csv('person')) people.set(row.id, [...(people.get(row.id) ?? []), row]);

const worldDir = fileURLToPath(new URL('../../lib/kb/world/', import.meta.url));
const otherIds = new Set(
  readdirSync(worldDir)
    .filter((f) => f.endsWith('.json') && f !== 'uk-ministers.json')
    .flatMap((f) => (JSON.parse(readFileSync(worldDir + f, 'utf8')) as WorldActor[]).map((a) => a.id)),
);
const TITLED = /^(Lord|Baroness|Lady|Sir|Dame|Dr|The)\b/;
const year = (d: string) => d.slice(0, 4);
const starter = starterIndex();
const actors: WorldActor[] = [];

for (const [personId, rows] of [...people].sort(([a], [b]) => a.localeCompare(b))) {
  const mine = appointments.filter((a) => a.person_id === personId);
  if (mine.length === 0) continue;
  // The most senior posts first, then the most recent.
  const held = mine
    .map((a) => ({ ...a, post: posts.get(a.post_id) }))
    .filter((a) => a.post)
    .sort(
      (a, b) =>
        Number(a.post?.rank_equivalence_value) - Number(b.post?.rank_equivalence_value) ||
        b.start_date.localeCompare(a.start_date),
    );
  const seenPosts = new Set<string>();
  const parts = held.flatMap((a) => {
    const title = a.post?.display_name || a.post?.name || '';
    if (seenPosts.has(title)) return [];
    seenPosts.add(title);
    const spell = mine.filter((m) => posts.get(m.post_id)?.name === a.post?.name);
    const from = year(spell.map((m) => m.start_date).sort()[0] ?? a.start_date);
    const current = spell.some((m) => !m.end_date);
    const to = year(
      spell
        .map((m) => m.end_date)
        .sort()
        .at(-1) ?? '',
    );
    return [current ? `${title} (UK) since ${from}` : `former ${title} (UK) ${from}–${to}`];
  });
  const cabinet = held.some((a) => Number(a.post?.rank_equivalence_value) <= 3);
  const byDate = [...rows].sort((a, b) => (b.start_date || '0').localeCompare(a.start_date || '0'));
  const name = (byDate.find((r) => !TITLED.test(r.name)) ?? byDate[0])?.name ?? '';
  if (!name) continue;
  const aliases: Alias[] = [...new Set(byDate.flatMap((r) => [r.name, r.display_name, r.normalized_name]))]
    .filter(Boolean)
    .map((text) => ({ text, role: TITLED.test(text) ? 'title' : 'name' }));
  const short = byDate[0]?.short_name;
  if (cabinet && short) aliases.push({ text: short, role: 'surname' });
  const description = parts.slice(0, 3).join('; ');
  const actor: WorldActor = {
    id: `person:${slug(name)}`,
    name,
    kind: 'person',
    description: description.charAt(0).toUpperCase() + description.slice(1),
    aliases: cleanAliases('person', aliases, { commonNames: cabinet }),
    country: 'GB',
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  if (otherIds.has(actor.id) || actors.some((a) => a.id === actor.id)) actor.id = `${actor.id}-gb`;
  for (let n = 2; actors.some((a) => a.id === actor.id); n++) actor.id = `person:${slug(name)}-gb-${n}`;
  actors.push(actor);
}

writeWorld('uk-ministers', dropShared(actors, 'surname'));
