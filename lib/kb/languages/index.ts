/**
 * Names in the languages of issue 13 that the open data lacks, added to the packaged actors: people's
 * names (people.ts), states' short names, capitals, government seats and organisations
 * (places-orgs.ts), and adjectives of origin (demonyms.ts). `withLanguages` is called by
 * `scripts/packaged-kb.ts`; a row naming an actor the base does not have is an error.
 */
import type { Actor, Alias } from '../../model';
import { DEMONYMS, withAdjectiveForms } from './demonyms';
import { parseNames } from './parse';
import { PEOPLE_NAMES } from './people';
import { PLACES_ORGS } from './places-orgs';

/** Every row of the three tables, demonyms with their derived forms. */
export function languageRows(): { id: string; alias: Alias }[] {
  const rows = [...parseNames(PEOPLE_NAMES), ...parseNames(PLACES_ORGS), ...parseNames(DEMONYMS)];
  return rows.flatMap((row) =>
    row.texts
      .flatMap((text) => (row.role === 'demonym' ? withAdjectiveForms(text) : [text]))
      .map((text) => ({ id: row.id, alias: { text, role: row.role } })),
  );
}

/** The actors with the tables' names added (each name once per actor); throws on an unknown id. */
export function withLanguages(actors: readonly Actor[]): Actor[] {
  const added = new Map<string, Alias[]>();
  for (const { id, alias } of languageRows()) added.set(id, [...(added.get(id) ?? []), alias]);
  const ids = new Set(actors.map((a) => a.id));
  const unknown = [...added.keys()].filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`language names for unknown actors: ${unknown.join(', ')}`);
  return actors.map((a) => {
    const extra = added.get(a.id);
    if (!extra) return a;
    const have = new Set(a.aliases.map((x) => x.text));
    const fresh = extra.filter((x) => !have.has(x.text) && have.add(x.text));
    return { ...a, aliases: [...a.aliases, ...fresh] };
  });
}
