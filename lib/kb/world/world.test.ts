import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { aliasProblem, COMMON_WORDS, STATE_CODES, type WorldActor } from '../../../scripts/kb/alias-filter';
import type { Alias } from '../../model';
import { curatedOrganisations } from '../curated/orgs-all';
import { starterActors } from '../starter';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const world = files.map((file) => ({
  file,
  actors: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as WorldActor[],
}));
const all = world.flatMap((w) => w.actors);
const KINDS = ['person', 'state', 'organisation', 'place'];

/** Roles a prominent actor may hold as a common word or name ("Trump", "Houston"): checked loosely. */
const allowFor = (a: WorldActor, alias: Alias) => ({
  commonNames: true,
  commonWords: alias.role === 'surname' || a.kind === 'place',
});

test('there are world files', () => {
  expect(files.length).toBeGreaterThan(0);
});

test('ids are unique across the world files, the starter actors and the curated organisations', () => {
  const starter = new Set([...starterActors(), ...curatedOrganisations()].map((a) => a.id));
  const seen = new Set<string>();
  const clashes = all.filter((a) => starter.has(a.id) || seen.has(a.id) || !seen.add(a.id));
  expect(clashes.map((a) => a.id)).toEqual([]);
});

describe.each(world)('$file', ({ actors }) => {
  test('every actor has an id, name, kind, description, source and asOf', () => {
    const bad = actors.filter(
      (a) =>
        !/^(person|org|place):[a-z0-9-]+$/.test(a.id) ||
        !a.name ||
        !KINDS.includes(a.kind) ||
        !a.description ||
        a.description.includes('\n') ||
        !a.source ||
        !/^\d{4}-\d{2}-\d{2}$/.test(a.asOf ?? '') ||
        (a.wikidata !== undefined && !/^Q\d+$/.test(a.wikidata)),
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  test('every country is the ISO2 code of a state', () => {
    const bad = actors.filter((a) => a.country !== undefined && !STATE_CODES.has(a.country));
    expect(bad.map((a) => `${a.id} ${a.country}`)).toEqual([]);
  });

  test('aliases are present, non-empty and not repeated', () => {
    const bad = actors.filter(
      (a) =>
        a.aliases.length === 0 ||
        a.aliases.some((al) => !al.text.trim()) ||
        new Set(a.aliases.map((al) => al.text)).size !== a.aliases.length,
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  test('aliases obey the precision rules', () => {
    const bad = actors.flatMap((a) =>
      a.aliases.flatMap((al) => {
        const why = aliasProblem(a.kind, al, allowFor(a, al));
        return why ? [`${a.id} "${al.text}": ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('no non-state actor is named by a bare common English word, except a prominent surname', () => {
    const bad = actors.flatMap((a) =>
      a.aliases
        .filter((al) => al.role !== 'surname' && al.role !== 'abbreviation' && !al.text.includes(' '))
        .filter(
          (al) =>
            COMMON_WORDS.has(al.text.toLowerCase()) && !(a.kind === 'place' && /million/.test(a.description)),
        )
        .map((al) => `${a.id} "${al.text}"`),
    );
    expect(bad).toEqual([]);
  });
});

test('uk-mps.json gives no one a surname alias: common UK surnames would mislink', () => {
  const mps = world.find((w) => w.file === 'uk-mps.json')?.actors ?? [];
  expect(
    mps.flatMap((a) => a.aliases.filter((al) => al.role === 'surname').map((al) => `${a.id} ${al.text}`)),
  ).toEqual([]);
});

test('parlgov-parties.json abbreviations have three capitals or more', () => {
  const parties = world.find((w) => w.file === 'parlgov-parties.json')?.actors ?? [];
  const bad = parties.flatMap((a) =>
    a.aliases
      .filter((al) => al.role === 'abbreviation' && (al.text.match(/\p{Lu}/gu) ?? []).length < 3)
      .map((al) => `${a.id} ${al.text}`),
  );
  expect(bad).toEqual([]);
});
