import type { Actor, Alias } from '../../model';

/** Where every curated organisation's facts come from (no online check was possible). */
export const CURATED_ORG_SOURCE =
  'Curated from general knowledge (organisations’ own descriptions, Wikipedia/Wikidata facts), not re-checked online';

/** The last date the curator is sure the rows hold for. */
export const CURATED_ORG_AS_OF = '2025-06-01';

/**
 * One curated organisation, in the style of `OrgRow` in `../organisations.ts`: id slug, display
 * name, other names (role `name`), abbreviations written in capitals as the news writes them (role
 * `abbreviation`), a one-line description, the ISO2 code of the state it belongs to or is based in
 * (when there is one), and metonyms (role `metonym`: "the Pentagon").
 */
export type CuratedOrgRow = [
  slug: string,
  name: string,
  names: string[],
  abbreviations: string[],
  description: string,
  country?: string,
  metonyms?: string[],
];

/** Rows to actors `org:<slug>`: the name first, then names, abbreviations and metonyms, no repeats. */
export function orgActors(rows: CuratedOrgRow[]): Actor[] {
  return rows.map(([slug, name, names, abbreviations, description, country, metonyms = []]) => {
    const seen = new Set<string>();
    const aliases: Alias[] = [
      { text: name, role: abbreviations.includes(name) ? ('abbreviation' as const) : ('name' as const) },
      ...names.map((text): Alias => ({ text, role: 'name' })),
      ...abbreviations.map((text): Alias => ({ text, role: 'abbreviation' })),
      ...metonyms.map((text): Alias => ({ text, role: 'metonym' })),
    ].filter((a) => !seen.has(a.text) && !!seen.add(a.text));
    const actor: Actor = {
      id: `org:${slug}`,
      name,
      kind: 'organisation',
      description,
      aliases,
      asOf: CURATED_ORG_AS_OF,
      source: CURATED_ORG_SOURCE,
    };
    if (country) actor.country = country;
    return actor;
  });
}
