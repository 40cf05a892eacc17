import { describe, expect, test } from 'vitest';
import { aliasProblem, STATE_CODES } from '../../../scripts/kb/alias-filter';
import type { Actor } from '../../model';
import { METONYMS } from '../metonyms';
import { organisations } from '../organisations';
import { starterActors } from '../starter';
import { CURATED_ORG_FILES, curatedOrganisations } from './orgs-all';

const all = curatedOrganisations();
const starter = starterActors();

/** Aliases that must never name an organisation alone: common words, places or other actors. */
const BLOCKLIST = [
  'Emirates',
  'Sun',
  'Times',
  'Post',
  'Mirror',
  'Total',
  'Shell',
  'Target',
  'Mobile',
  'Meta',
  'Amazon',
  'Apple Inc',
  'X',
  'Mail',
  'Guardian',
  'Independent',
  'Telegraph',
  'Express',
  'Star',
  'Globe',
  'Journal',
  'Herald',
  'Nation',
  'Hindu',
  'Corona',
  'Sabah',
  'Congress',
  'Senate',
  'Parliament',
  'Supreme Court',
  'Treasury',
  'Army',
  'Navy',
  'Air Force',
  'Police',
  'Central Bank',
  'Foreign Ministry',
  'Defence Ministry',
  'Defense Ministry',
  'Interior Ministry',
  'Ministry of Defence',
  'Ministry of Defense',
  'Ministry of Foreign Affairs',
  'House of Representatives',
  'National Assembly',
  'Secret Service',
  'National Guard',
  'Intelligence Service',
  'AP',
  'Al',
  'Sky',
  'Politburo',
].map((t) => t.toLowerCase());
/** Blocklisted texts a row may still carry, written exactly (case decides the match). */
const BLOCK_ALLOWED = new Set(['AP', 'Secret Service']);

/**
 * Aliases kept on purpose although `aliasProblem` flags them: prominent names that are also common
 * words or given names, matched only when capitalised.
 */
const ALLOWED_PROBLEMS = new Set<string>([
  'Pentagon',
  'ICE',
  'THY',
  'Apple',
  'Twitter',
  'Telegram',
  'Tether',
]);

/** Aliases a curated organisation shares on purpose with a starter actor (a metonym of its state). */
const SHARED_WITH_STARTER = new Set([
  'the Pentagon',
  'Pentagon',
  'State Department',
  'Foggy Bottom',
  'Foreign Office',
  'the Knesset',
  'Knesset',
  'Capitol Hill',
]);

test('there are curated organisations in every file', () => {
  for (const f of CURATED_ORG_FILES) expect(f.actors().length, f.file).toBeGreaterThan(0);
});

test('ids are unique across the curated files and the starter actors', () => {
  const ids = new Set(starter.map((a) => a.id));
  const clashes = all.filter((a) => ids.has(a.id) || !ids.add(a.id));
  expect(clashes.map((a) => a.id)).toEqual([]);
});

test('no curated organisation repeats a starter organisation by name', () => {
  const names = new Set(organisations().flatMap((o) => o.aliases.map((a) => a.text.toLowerCase())));
  expect(all.filter((a) => names.has(a.name.toLowerCase())).map((a) => a.id)).toEqual([]);
});

describe.each(CURATED_ORG_FILES)('$file', ({ actors }) => {
  const list: Actor[] = actors();

  test('ids, kinds, descriptions, source and asOf are well formed', () => {
    const bad = list.filter(
      (a) =>
        !/^org:[a-z0-9-]+$/.test(a.id) ||
        a.kind !== 'organisation' ||
        !a.name ||
        !/^[^\n]{10,200}\.$/.test(a.description) ||
        !a.source ||
        !/^\d{4}-\d{2}-\d{2}$/.test(a.asOf ?? ''),
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  test('countries are ISO2 codes of states', () => {
    const bad = list.filter((a) => a.country !== undefined && !STATE_CODES.has(a.country));
    expect(bad.map((a) => `${a.id} ${a.country}`)).toEqual([]);
  });

  test('abbreviations are written in capitals', () => {
    const bad = list.flatMap((a) =>
      a.aliases
        .filter((al) => al.role === 'abbreviation' && !/^[\p{Lu}\d&.+-]+$/u.test(al.text))
        .map((al) => `${a.id} ${al.text}`),
    );
    expect(bad).toEqual([]);
  });

  test('aliases are trimmed, not repeated and not on the blocklist', () => {
    const bad = list.flatMap((a) => {
      const texts = a.aliases.map((al) => al.text);
      const out: string[] = [];
      if (new Set(texts).size !== texts.length) out.push(`${a.id} repeats an alias`);
      for (const t of texts) {
        if (t !== t.trim() || /\s\s/.test(t) || !t) out.push(`${a.id} "${t}" untrimmed`);
        if (BLOCKLIST.includes(t.toLowerCase()) && !BLOCK_ALLOWED.has(t))
          out.push(`${a.id} "${t}" blocklisted`);
      }
      return out;
    });
    expect(bad).toEqual([]);
  });

  test('aliases pass the precision rules of the world knowledge base', () => {
    const bad = list.flatMap((a) =>
      a.aliases.flatMap((al) => {
        const problem = aliasProblem('organisation', al, { commonNames: true });
        return problem && !ALLOWED_PROBLEMS.has(al.text) ? [`${a.id} "${al.text}": ${problem}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });
});

test('no alias names two curated organisations', () => {
  const owners = new Map<string, string[]>();
  for (const a of all)
    for (const al of a.aliases) owners.set(al.text, [...(owners.get(al.text) ?? []), a.id]);
  const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([t, ids]) => `${t}: ${ids.join(', ')}`);
  expect(shared).toEqual([]);
});

test('no alias names a starter actor, except the listed metonyms', () => {
  const texts = new Set(starter.flatMap((a) => a.aliases.map((al) => al.text)));
  const shared = all.flatMap((a) =>
    a.aliases
      .filter((al) => texts.has(al.text) && !SHARED_WITH_STARTER.has(al.text))
      .map((al) => `${a.id} ${al.text}`),
  );
  expect(shared).toEqual([]);
  const metonyms = new Set(Object.values(METONYMS).flat());
  for (const t of SHARED_WITH_STARTER) expect(metonyms.has(t), t).toBe(true);
});
