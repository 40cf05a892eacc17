/**
 * Political parties -> lib/kb/world/parties.json.
 *
 * Source: Party Facts (hdigital/partyfactsdata, MIT licence, © Party Facts authors: Holger Döring and
 * Sven Regel), commit 764de8978f84ba41a1c88752d6a00b9a4d05f599 (2026-03-11):
 * - `import/wikipedia/wikidata.csv`: English name, short name, native name and Wikidata id;
 * - `import/elecglob/partyfacts-core-parties.csv`: English and original names, abbreviation, first and
 *   last year, best national vote share. Its `description` column (which may quote Wikipedia) is not read.
 * Only parties with no last year or a last year of 2000 or later are kept. Descriptions are written
 * here from the fields.
 *
 * Rerun: npx tsx scripts/kb/parties.ts [mirror-repo-dir] [commit]
 */
import { createRequire } from 'node:module';
import { STATES } from '../../lib/kb/states.generated';
import type { Alias } from '../../lib/model';
import {
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

const REPO = process.argv[2] ?? '/work/.mirror/hdigital+partyfactsdata/repo';
const COMMIT = process.argv[3] ?? '764de8978f84ba41a1c88752d6a00b9a4d05f599';
const AS_OF = '2026-03-11';
const SOURCE = 'Party Facts (MIT)';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as { alpha3ToAlpha2(code: string): string | undefined };
const stateName = new Map(STATES.map((s) => [s.country ?? '', s.name]));
const the = (n: string) =>
  /^(United |Netherlands|Philippines|Czech|Dominican|Central African)|Islands$/.test(n) ? `the ${n}` : n;

const core = new Map(
  parseCsv(gitShow(REPO, COMMIT, 'import/elecglob/partyfacts-core-parties.csv')).map((r) => [
    r.partyfacts_id,
    r,
  ]),
);
const wikidata = parseCsv(gitShow(REPO, COMMIT, 'import/wikipedia/wikidata.csv'));
const byId = new Map(wikidata.map((r) => [r.partyfacts_id, r]));
const ids = [...new Set([...wikidata.map((r) => r.partyfacts_id), ...core.keys()])].sort(
  (a, b) => Number(a) - Number(b),
);

const isAbbreviation = (t: string) => /^[\p{Lu}\d&-]{2,12}$/u.test(t) && /\p{Lu}/u.test(t);
const stripParens = (t: string) => t.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
const starter = starterIndex();
/** A state's qualifier for a party name: "UK", "US", else the demonym ("Irish"). */
const qualifier = new Map(
  STATES.map((s) => {
    const abbr = ['^[A-Z]{2}$', '^[A-Z]{3}$']
      .map((re) => s.aliases.find((a) => a.role === 'abbreviation' && new RegExp(re).test(a.text)))
      .find(Boolean);
    return [s.country ?? '', (abbr ?? s.aliases.find((a) => a.role === 'demonym'))?.text];
  }),
);

/**
 * Party Facts short names use "/" for spaces ("Lib/Dems", "AK/PARTİ"), sometimes with a gloss
 * ("DP/English", "GOP/Grand/Old/Party"): keep the joined form when short, else the leading acronym.
 * Two-letter abbreviations ("BP", "PP") name too many other things and are left out.
 */
function shortForms(short: string): string[] {
  if (!short) return [];
  const parts = short.split('/');
  const joined = parts.join(' ');
  const forms = parts.length === 1 || (parts.length <= 3 && !/English/.test(short)) ? [joined] : [];
  if (parts.length > 1 && isAbbreviation(parts[0] ?? '')) forms.push(parts[0] ?? '');
  return forms.filter((f) => !isAbbreviation(f) || f.length >= 3);
}

interface Party {
  actor: WorldActor;
  share: number;
}
const parties: Party[] = [];
for (const id of ids) {
  const c = core.get(id);
  const w = byId.get(id);
  if (c?.technical) continue;
  const last = Number(c?.year_last || 0);
  if (last && last < 2000) continue;
  const cc = iso.alpha3ToAlpha2((w ?? c)?.country ?? '');
  if (!cc || !STATE_CODES.has(cc)) continue;
  const english = (c?.name_english ?? '')
    .split(' / ')
    .map((t) => t.trim())
    .filter(Boolean);
  const name = w?.name || english[0] || c?.name || '';
  if (!name || /^(independent|other|unknown|alliance|technical)/i.test(name)) continue;
  const aliases: Alias[] = [
    { text: stripParens(name), role: 'name' },
    ...english.map((text): Alias => ({ text: stripParens(text), role: 'name' })),
  ];
  const coreShort = c?.name_short ?? '';
  for (const short of shortForms(w?.name_short || (isAbbreviation(coreShort) ? coreShort : '')))
    aliases.push({ text: short, role: isAbbreviation(short) ? 'abbreviation' : 'short' });
  for (const native of [w?.name_native, c?.name])
    if (native) aliases.push({ text: stripParens(native), role: 'native' });
  const first = Number(c?.year_first || 0);
  const share = Number(c?.share || 0);
  const years = last ? ` (${first || '?'}–${last})` : first ? `, founded ${first}` : '';
  const best = share > 0 && c?.share_year ? `; best national result ${share}% (${c.share_year})` : '';
  const actor: WorldActor = {
    id: '',
    name,
    kind: 'organisation',
    description: `${last ? 'Former political party' : 'Political party'} in ${the(stateName.get(cc) ?? cc)}${years}${best}`,
    aliases: cleanAliases('organisation', aliases),
    country: cc,
    wikidata: w?.wikidata_id || undefined,
    asOf: AS_OF,
    source: SOURCE,
  };
  if (inStarter(starter, actor)) continue;
  parties.push({ actor, share });
}

// An alias several parties share ("Liberal Party", "PSD") stays only with a party that clearly
// dominates it (at least 15% of the national vote and three times the next one's best result).
const owners = new Map<string, Party[]>();
for (const p of parties)
  for (const a of p.actor.aliases) owners.set(a.text, [...(owners.get(a.text) ?? []), p]);
const taken = new Set<string>();
const actors = parties.map((p) => {
  const aliases = p.actor.aliases.filter((a) => {
    if (starter.texts.has(`organisation|${a.text}`)) return false;
    const list = owners.get(a.text) ?? [];
    if (list.length < 2) return true;
    const [top, next] = [...list].sort((x, y) => y.share - x.share);
    return top === p && p.share >= 15 && p.share >= 3 * (next?.share ?? 0);
  });
  if (!aliases.some((a) => a.role === 'name') && qualifier.get(p.actor.country ?? ''))
    aliases.push(
      ...cleanAliases('organisation', [
        { text: `${qualifier.get(p.actor.country ?? '')} ${stripParens(p.actor.name)}`, role: 'name' },
      ]),
    );
  let id = `org:party-${slug(p.actor.name) || 'unnamed'}-${p.actor.country?.toLowerCase()}`;
  for (let n = 2; taken.has(id); n++)
    id = `org:party-${slug(p.actor.name)}-${p.actor.country?.toLowerCase()}-${n}`;
  taken.add(id);
  return { ...p.actor, id, aliases };
});

writeWorld('parties', actors);
