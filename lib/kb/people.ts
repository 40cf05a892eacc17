import type { Actor, Alias } from '../model';
import { PEOPLE, type PersonRow } from './people-data';
import { PEOPLE_G20 } from './people-g20';
import { titlePhrases } from './title-phrases';

/** The date most office holders are known to hold office as of; rows with later news override it. */
export const PEOPLE_AS_OF = '2025-10-01';

/** "Recep Tayyip Erdoğan" -> "Recep Tayyip Erdogan": readers and wires often drop diacritics. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .normalize('NFC');
}

/** The text and its diacritic-free spelling, once each. */
const spellings = (texts: string[]) => [...new Set(texts.flatMap((t) => [t, withoutDiacritics(t)]))];

/** A person row as an actor; `source` says where rows not from the starter lists come from. */
export function personActor(row: PersonRow, source?: string): Actor {
  const asOf = row.asOf ?? PEOPLE_AS_OF;
  const aliases: Alias[] = [
    ...spellings([row.name, ...(row.names ?? [])]).map((text): Alias => ({ text, role: 'name' })),
    ...spellings(row.surnames ?? []).map((text): Alias => ({ text, role: 'surname' })),
    ...titlePhrases(row.office ?? row.country, row.titles).map((text): Alias => ({ text, role: 'title' })),
  ];
  return {
    id: `person:${row.slug}`,
    name: row.name,
    kind: 'person',
    description: row.description,
    aliases,
    country: row.country,
    asOf,
    source:
      source ??
      `Wikipedia: List of current heads of state and government / List of current foreign ministers, as known to the curator as of ${asOf} (not re-checked online)`,
  };
}

/** The starter office holders, `person:<slug>`. */
export function people(): Actor[] {
  return [...PEOPLE, ...PEOPLE_G20].map((row) => personActor(row));
}
